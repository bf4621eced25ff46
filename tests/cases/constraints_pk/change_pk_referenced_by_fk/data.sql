INSERT INTO countries (id, code) VALUES (1, 'DE'), (2, 'FR');
INSERT INTO cities (id, country_code) VALUES (1, 'DE'), (2, 'FR');

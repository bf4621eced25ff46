INSERT INTO authors (id, name) VALUES (1, 'Le Guin');

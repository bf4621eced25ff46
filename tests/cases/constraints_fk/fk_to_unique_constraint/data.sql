INSERT INTO currencies (id, iso_code) VALUES (1, 'EUR'), (2, 'USD');
INSERT INTO prices (id, currency, amount) VALUES (1, 'EUR', 9.99);

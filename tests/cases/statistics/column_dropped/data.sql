INSERT INTO addresses (id, city, zip) VALUES (1, 'Paris', '75001');

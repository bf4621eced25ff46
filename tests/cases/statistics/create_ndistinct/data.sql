INSERT INTO addresses VALUES (1, 'Paris', '75001', 'FR'), (2, 'Berlin', '10115', 'DE');

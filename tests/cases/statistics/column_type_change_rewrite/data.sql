INSERT INTO addresses VALUES (1, 'Paris', '75001', 'FR');

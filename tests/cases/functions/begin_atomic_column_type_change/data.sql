INSERT INTO orders VALUES (1, 3), (2, 4);

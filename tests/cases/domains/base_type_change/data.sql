INSERT INTO items VALUES (1, 5), (2, 0);

INSERT INTO lines VALUES (1, 2, 4), (2, 5, 10);

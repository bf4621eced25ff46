INSERT INTO accounts VALUES (1, 10), (2, 20);

INSERT INTO scores VALUES (1, 50), (2, 99.5);

INSERT INTO docs VALUES (1, repeat('abc', 3000));

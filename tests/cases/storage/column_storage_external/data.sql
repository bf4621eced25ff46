INSERT INTO docs VALUES (1, repeat('x', 5000));

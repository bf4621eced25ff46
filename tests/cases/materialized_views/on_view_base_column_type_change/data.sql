INSERT INTO events VALUES (1, 'a', 20), (2, 'a', 30), (3, 'b', 5);

INSERT INTO events VALUES (1, 10, 'a'), (2, 20, 'a'), (3, 5, 'b');

INSERT INTO events VALUES (1, 50, 'a'), (2, 500, 'b');

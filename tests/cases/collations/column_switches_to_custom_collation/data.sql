INSERT INTO users VALUES (1, 'Alice'), (2, 'bob');

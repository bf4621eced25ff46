INSERT INTO items (id, name) VALUES (1, 'a'), (2, 'b');

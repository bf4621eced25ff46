INSERT INTO products (id, title) VALUES (1, 'Red chair'), (2, 'Blue table');

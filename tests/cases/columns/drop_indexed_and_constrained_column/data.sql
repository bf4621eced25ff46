INSERT INTO products (id, name) VALUES (1, 'chair');

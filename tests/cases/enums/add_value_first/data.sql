INSERT INTO orders (id, status) VALUES (1, 'pending'), (2, 'shipped'), (3, DEFAULT);

INSERT INTO users (id, name, email) VALUES (1, 'ann', 'ann@example.com');

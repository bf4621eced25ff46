INSERT INTO users (id, email) VALUES (1, 'Ada@Example.com'), (2, 'bob@example.com');

INSERT INTO users (id, email, phone) VALUES (1, 'a@example.com', '+100');

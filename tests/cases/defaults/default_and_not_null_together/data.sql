INSERT INTO users (id, role) VALUES (1, 'admin'), (2, 'member');

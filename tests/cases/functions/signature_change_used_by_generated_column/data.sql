INSERT INTO pages (id, title) VALUES (1, 'Hello World');

INSERT INTO tags (id, name) VALUES (1, 'Red');

INSERT INTO tags (id, name) VALUES (1, 'red'), (2, 'Red');

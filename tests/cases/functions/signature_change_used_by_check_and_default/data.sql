INSERT INTO tags VALUES (1, 'a');

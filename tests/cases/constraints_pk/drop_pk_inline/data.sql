INSERT INTO things (id, name) VALUES (1, 'a');

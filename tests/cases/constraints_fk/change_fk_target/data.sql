INSERT INTO authors (id, name) VALUES (1, 'a');
INSERT INTO people (id, name) VALUES (1, 'a');
INSERT INTO books (id, author_id) VALUES (1, 1), (2, NULL);

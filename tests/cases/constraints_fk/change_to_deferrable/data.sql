INSERT INTO authors (id, name) VALUES (1, 'Le Guin'), (2, 'Pratchett');
INSERT INTO books (id, author_id, title) VALUES (1, 1, 'The Dispossessed'), (2, 2, 'Mort'), (3, NULL, 'Anonymous');

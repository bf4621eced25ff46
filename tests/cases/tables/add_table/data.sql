INSERT INTO authors (id, name) VALUES (1, 'Le Guin'), (2, 'Pratchett');

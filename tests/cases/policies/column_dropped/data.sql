INSERT INTO docs (id, owner) VALUES (1, 'alice');

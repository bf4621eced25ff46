INSERT INTO docs (id, owner, body) VALUES (1, 'alice', 'x');

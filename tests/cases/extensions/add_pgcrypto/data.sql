INSERT INTO secrets (id, value) VALUES (1, 'x');

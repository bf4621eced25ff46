INSERT INTO logs (id, message) VALUES (1, 'x'), (2, 'y');

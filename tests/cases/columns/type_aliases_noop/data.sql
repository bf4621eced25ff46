INSERT INTO aliases (a, b, e) VALUES (1, 2, 'x');

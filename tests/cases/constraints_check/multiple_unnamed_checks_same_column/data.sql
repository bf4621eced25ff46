INSERT INTO scores (id, value) VALUES (1, 0), (2, 100);

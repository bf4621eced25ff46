INSERT INTO t (id, v) VALUES (1, 1.5), (2, -2.25);

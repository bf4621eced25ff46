INSERT INTO t (id, v) VALUES (1, 10), (2, -7);

INSERT INTO t (id, v) VALUES (1, 'abc');

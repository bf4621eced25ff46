INSERT INTO t (id, v) VALUES (1, 'hello'), (2, 'world');

INSERT INTO t (id, v) VALUES (1, '{"a": 1}'), (2, '[1, 2]');

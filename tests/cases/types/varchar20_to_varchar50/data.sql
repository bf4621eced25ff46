INSERT INTO t (id, v) VALUES (1, 'twenty chars exactly'), (2, 'short');

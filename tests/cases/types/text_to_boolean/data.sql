INSERT INTO t (id, v) VALUES (1, 'true'), (2, 'f');

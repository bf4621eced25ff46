INSERT INTO t (id, v) VALUES (1, '42'), (2, '-7');

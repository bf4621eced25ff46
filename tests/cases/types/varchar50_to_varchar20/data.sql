INSERT INTO t (id, v) VALUES (1, 'fits'), (2, 'also fits');

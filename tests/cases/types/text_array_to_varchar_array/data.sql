INSERT INTO t (id, v) VALUES (1, '{a,b}'), (2, '{}');

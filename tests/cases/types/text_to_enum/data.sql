INSERT INTO t (id, v) VALUES (1, 'active'), (2, 'inactive');

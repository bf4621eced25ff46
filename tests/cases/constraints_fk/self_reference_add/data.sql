INSERT INTO nodes (id, parent_id, label) VALUES (1, NULL, 'root'), (2, 1, 'child'), (3, 2, 'grandchild');

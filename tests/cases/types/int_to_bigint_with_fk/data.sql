INSERT INTO parents (id) VALUES (1), (2);
INSERT INTO children (id, parent_id) VALUES (10, 1), (11, 2), (12, NULL);

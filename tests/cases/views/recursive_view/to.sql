CREATE TABLE nodes (id int PRIMARY KEY, parent_id int REFERENCES nodes (id), name text NOT NULL);
CREATE RECURSIVE VIEW node_paths (id, path) AS
    SELECT id, name FROM nodes WHERE parent_id IS NULL
    UNION ALL
    SELECT n.id, p.path || '/' || n.name FROM nodes n JOIN node_paths p ON n.parent_id = p.id;

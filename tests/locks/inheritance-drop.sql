-- Probe for inheritance-drop: ALTER TABLE ... NO INHERIT takes ACCESS EXCLUSIVE on the child (ACCESS SHARE on the
-- parent).
-- relation: child
CREATE TABLE parent (id int, v text);
CREATE TABLE child (extra int) INHERITS (parent);
INSERT INTO child SELECT g, 'v' || g, g FROM generate_series(1, 100) g;
-- statement
ALTER TABLE child NO INHERIT parent;

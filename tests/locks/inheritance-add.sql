-- Probe for inheritance-add: ALTER TABLE ... INHERIT takes ACCESS EXCLUSIVE on the child (SHARE UPDATE EXCLUSIVE on
-- the parent).
-- relation: child
CREATE TABLE parent (id int, v text);
CREATE TABLE child (id int, v text, extra int);
INSERT INTO child SELECT g, 'v' || g, g FROM generate_series(1, 100) g;
-- statement
ALTER TABLE child INHERIT parent;

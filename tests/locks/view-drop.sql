-- Probe for view-drop: DROP VIEW takes ACCESS EXCLUSIVE on the view, nothing on its base table.
-- relation: v
CREATE VIEW v AS SELECT id, i FROM t;
-- statement
DROP VIEW v;

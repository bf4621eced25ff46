-- Probe for view-rename: ALTER VIEW ... RENAME TO takes ACCESS EXCLUSIVE on the view, nothing on its base table.
-- relation: v
CREATE VIEW v AS SELECT id, i FROM t;
-- statement
ALTER VIEW v RENAME TO v_renamed;

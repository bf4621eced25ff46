-- Probe for table-rename: ALTER TABLE ... RENAME TO takes ACCESS EXCLUSIVE on the table and rewrites nothing.
-- relation: t
-- statement
ALTER TABLE t RENAME TO t_renamed;

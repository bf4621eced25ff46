-- Probe for column-rename: ALTER TABLE ... RENAME COLUMN takes ACCESS EXCLUSIVE on the table and rewrites nothing.
-- relation: t
-- statement
ALTER TABLE t RENAME COLUMN b TO b_renamed;

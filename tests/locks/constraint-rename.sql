-- Probe for constraint-rename: ALTER TABLE ... RENAME CONSTRAINT takes ACCESS EXCLUSIVE on the table, also for a
-- primary key (whose index is renamed with it); nothing is rebuilt.
-- relation: t
-- statement
ALTER TABLE t RENAME CONSTRAINT t_pkey TO t_pkey_renamed;

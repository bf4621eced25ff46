-- Probe for unique-add: ADD UNIQUE builds the unique index under ACCESS EXCLUSIVE.
-- statement
ALTER TABLE t ADD CONSTRAINT t_b_uq UNIQUE (b);

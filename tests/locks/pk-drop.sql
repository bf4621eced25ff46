-- Probe for pk-drop: DROP CONSTRAINT of the primary key drops its index.
-- statement
ALTER TABLE t DROP CONSTRAINT t_pkey;

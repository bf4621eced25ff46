-- Probe for unique-drop: DROP CONSTRAINT of a unique constraint drops its index.
ALTER TABLE t ADD CONSTRAINT t_b_uq UNIQUE (b);
-- statement
ALTER TABLE t DROP CONSTRAINT t_b_uq;

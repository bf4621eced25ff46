-- Probe for unique-add-using-index: ADD UNIQUE USING INDEX adopts an existing unique index.
CREATE UNIQUE INDEX t_b_uq ON t (b);
-- statement
ALTER TABLE t ADD CONSTRAINT t_b_uq UNIQUE USING INDEX t_b_uq;

-- Probe for check-add-not-valid: ADD CHECK ... NOT VALID skips the existing rows.
-- statement
ALTER TABLE t ADD CONSTRAINT t_i_pos CHECK (i > 0) NOT VALID;

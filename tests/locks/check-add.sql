-- Probe for check-add: ADD CHECK validates every existing row.
-- statement
ALTER TABLE t ADD CONSTRAINT t_i_pos CHECK (i > 0);

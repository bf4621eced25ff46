-- Probe for fk-add-not-valid: ADD FOREIGN KEY ... NOT VALID: the same locks, no check of existing rows.
-- relation: t
-- relation: p
-- statement
ALTER TABLE t ADD CONSTRAINT t_p_fk FOREIGN KEY (p_id) REFERENCES p (id) NOT VALID;

-- Probe for fk-drop: DROP CONSTRAINT of a foreign key drops its triggers on both tables.
-- relation: t
-- relation: p
ALTER TABLE t ADD CONSTRAINT t_p_fk FOREIGN KEY (p_id) REFERENCES p (id);
-- statement
ALTER TABLE t DROP CONSTRAINT t_p_fk;

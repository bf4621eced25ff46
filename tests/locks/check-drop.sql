-- Probe for check-drop: DROP CONSTRAINT of a CHECK changes the catalog only.
ALTER TABLE t ADD CONSTRAINT t_i_pos CHECK (i > 0);
-- statement
ALTER TABLE t DROP CONSTRAINT t_i_pos;

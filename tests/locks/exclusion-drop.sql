-- Probe for exclusion-drop: DROP CONSTRAINT of an exclusion constraint drops its index.
ALTER TABLE t ADD CONSTRAINT t_i_excl EXCLUDE USING btree (i WITH =);
-- statement
ALTER TABLE t DROP CONSTRAINT t_i_excl;

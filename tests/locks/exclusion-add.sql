-- Probe for exclusion-add: ADD EXCLUDE builds its index under ACCESS EXCLUSIVE.
-- statement
ALTER TABLE t ADD CONSTRAINT t_i_excl EXCLUDE USING btree (i WITH =);

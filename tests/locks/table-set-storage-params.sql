-- Probe for table-set-storage-params: SET (fillfactor, autovacuum_*) takes SHARE UPDATE EXCLUSIVE; no rewrite.
-- statement
ALTER TABLE t SET (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.01);

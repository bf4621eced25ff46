-- Probe for table-set-unlogged: SET UNLOGGED copies the table into a new relfilenode.
-- statement
ALTER TABLE t SET UNLOGGED;

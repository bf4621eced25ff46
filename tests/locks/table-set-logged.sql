-- Probe for table-set-logged: SET LOGGED writes the whole table into the WAL as a new relfilenode.
ALTER TABLE t SET UNLOGGED;
-- statement
ALTER TABLE t SET LOGGED;

-- Probe for column-add-default-nonvolatile: A constant default is stored in the catalog (fast default, PostgreSQL >= 11).
-- min_server_version: 110000
-- statement
ALTER TABLE t ADD COLUMN a1 int DEFAULT 42;

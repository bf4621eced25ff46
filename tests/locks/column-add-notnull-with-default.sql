-- Probe for column-add-notnull-with-default: NOT NULL with a constant default: existing rows read the catalog default.
-- min_server_version: 110000
-- statement
ALTER TABLE t ADD COLUMN a1 int NOT NULL DEFAULT 0;

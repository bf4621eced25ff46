-- Probe for default-set: SET DEFAULT changes the catalog only.
-- statement
ALTER TABLE t ALTER COLUMN i SET DEFAULT 7;

-- Probe for default-drop: DROP DEFAULT changes the catalog only.
ALTER TABLE t ALTER COLUMN i SET DEFAULT 7;
-- statement
ALTER TABLE t ALTER COLUMN i DROP DEFAULT;

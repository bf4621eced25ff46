-- Probe for notnull-drop: DROP NOT NULL changes the catalog only.
-- statement
ALTER TABLE t ALTER COLUMN i DROP NOT NULL;

-- Probe for notnull-set: SET NOT NULL without a validated CHECK scans the table (no NULL in b, so it succeeds).
-- statement
ALTER TABLE t ALTER COLUMN b SET NOT NULL;

-- Probe for column-add-notnull-no-default: NOT NULL without default fails on a table with rows, so the probe empties t first.
TRUNCATE t;
-- statement
ALTER TABLE t ADD COLUMN a1 int NOT NULL;

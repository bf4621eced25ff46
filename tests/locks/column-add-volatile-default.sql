-- Probe for column-add-volatile-default: A volatile default is evaluated for every row: the table is rewritten.
-- statement
ALTER TABLE t ADD COLUMN a1 timestamptz DEFAULT clock_timestamp();

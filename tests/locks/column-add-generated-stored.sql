-- Probe for column-add-generated-stored: A stored generated column is computed for every row: the table is rewritten.
-- min_server_version: 120000
-- statement
ALTER TABLE t ADD COLUMN a1 int GENERATED ALWAYS AS (i * 2) STORED;

-- Probe for type-change-index-rebuild: A collation change keeps the table's data and rebuilds the index on x.
-- statement
ALTER TABLE t ALTER COLUMN x TYPE text COLLATE "C";

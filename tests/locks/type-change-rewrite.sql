-- Probe for type-change-rewrite: int -> bigint changes the stored representation: the table and its indexes are rewritten.
-- statement
ALTER TABLE t ALTER COLUMN i TYPE bigint;

-- Probe for type-change-coercible: varchar(100) -> varchar(200) is binary coercible: no rewrite, the index on c is kept.
-- statement
ALTER TABLE t ALTER COLUMN c TYPE varchar(200);

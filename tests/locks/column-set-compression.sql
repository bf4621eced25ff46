-- Probe for column-set-compression: ALTER COLUMN ... SET COMPRESSION takes ACCESS EXCLUSIVE; no rewrite.
-- statement
ALTER TABLE t ALTER COLUMN b SET COMPRESSION pglz;

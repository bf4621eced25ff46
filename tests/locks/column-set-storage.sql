-- Probe for column-set-storage: ALTER COLUMN ... SET STORAGE takes ACCESS EXCLUSIVE; no rewrite.
-- statement
ALTER TABLE t ALTER COLUMN b SET STORAGE EXTERNAL;

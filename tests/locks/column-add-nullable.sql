-- Probe for column-add-nullable: A nullable column without default: catalog-only.
-- statement
ALTER TABLE t ADD COLUMN a1 int;

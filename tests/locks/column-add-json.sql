-- Probe for column-add-json: A json column is catalog-only; the rule is about json lacking equality.
-- statement
ALTER TABLE t ADD COLUMN a1 json;

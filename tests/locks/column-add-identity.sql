-- Probe for column-add-identity: An identity column gets a sequence value in every row: the table is rewritten.
-- statement
ALTER TABLE t ADD COLUMN a1 bigint GENERATED ALWAYS AS IDENTITY;

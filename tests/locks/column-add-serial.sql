-- Probe for column-add-serial: bigserial is a DEFAULT nextval(...) of a new sequence: volatile, the table is rewritten.
-- statement
ALTER TABLE t ADD COLUMN a1 bigserial;

-- Probe for type-change-rewrite: an integer column becomes a domain over integer with a CHECK: PostgreSQL checks the
-- values by rewriting t under ACCESS EXCLUSIVE, although the base type is the same.
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
ALTER TABLE t ADD COLUMN q integer DEFAULT 1;
-- statement
ALTER TABLE t ALTER COLUMN q TYPE posint USING q::posint;

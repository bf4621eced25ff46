-- Probe for type-change-coercible: an integer column becomes a domain over integer without CHECK or NOT NULL: a
-- relabel, no rewrite. (Into a domain with a CHECK, or between arrays of them, PostgreSQL rewrites the table:
-- type-change-rewrite.)
CREATE DOMAIN plain_int AS integer;
ALTER TABLE t ADD COLUMN q integer;
CREATE INDEX t_q_idx ON t (q);
-- statement
ALTER TABLE t ALTER COLUMN q TYPE plain_int USING q::plain_int;

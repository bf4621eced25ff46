-- Probe for type-change-coercible: a column of an unconstrained domain over integer becomes integer (the stand-in a
-- column takes while its domain is dropped and created again): a relabel, no rewrite, the index on c is kept.
CREATE DOMAIN plain_int AS integer;
ALTER TABLE t ADD COLUMN q plain_int;
CREATE INDEX t_q_idx ON t (q);
-- statement
ALTER TABLE t ALTER COLUMN q TYPE integer USING q::integer;

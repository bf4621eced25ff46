-- Probe for column-add-domain-with-constraint: ADD COLUMN of a domain with a CHECK rewrites t (1,000 rows) under
-- ACCESS EXCLUSIVE, although the column has no default (an unconstrained domain would not).
CREATE DOMAIN posint AS int CHECK (VALUE > 0);
-- statement
ALTER TABLE t ADD COLUMN q posint;

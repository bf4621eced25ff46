-- Probe for type-drop-attribute: ALTER TYPE ... DROP ATTRIBUTE takes ACCESS EXCLUSIVE on the composite type only; the
-- table whose column uses the type is neither locked nor rewritten (u has 1,000 rows).
-- relation: address
CREATE TYPE address AS (street text, city text, zip text);
CREATE TABLE u (id int PRIMARY KEY, dest address);
INSERT INTO u SELECT g, ROW('s' || g, 'c', 'z')::address FROM generate_series(1, 1000) g;
-- statement
ALTER TYPE address DROP ATTRIBUTE zip;

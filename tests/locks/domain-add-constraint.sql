-- Probe for domain-add-constraint: ALTER DOMAIN ... ADD CONSTRAINT takes SHARE on every table with a column of the
-- domain and scans it (u has 1,000 rows).
-- relation: u
CREATE DOMAIN qty AS int;
CREATE TABLE u (id int PRIMARY KEY, q qty);
INSERT INTO u SELECT g, g FROM generate_series(1, 1000) g;
-- statement
ALTER DOMAIN qty ADD CONSTRAINT qty_positive CHECK (VALUE > 0);

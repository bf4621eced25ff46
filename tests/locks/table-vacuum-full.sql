-- Probe for table-vacuum-full: VACUUM FULL rewrites the table under ACCESS EXCLUSIVE (outside a transaction).
-- relation: t
-- statement
VACUUM FULL t;

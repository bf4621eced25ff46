-- Probe for table-truncate: TRUNCATE takes ACCESS EXCLUSIVE and gives the table new, empty storage.
-- relation: t
-- statement
TRUNCATE t;

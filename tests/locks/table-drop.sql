-- Probe for table-drop: DROP TABLE: ACCESS EXCLUSIVE on the dropped table.
-- statement
DROP TABLE t;

-- Probe for column-drop: DROP COLUMN only marks the column dropped in the catalog.
-- statement
ALTER TABLE t DROP COLUMN x;

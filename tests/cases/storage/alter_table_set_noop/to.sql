CREATE TABLE hot (id int PRIMARY KEY);
ALTER TABLE hot SET (autovacuum_enabled = false, fillfactor = 80);

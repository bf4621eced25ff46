CREATE TABLE hot (id int PRIMARY KEY);
ALTER TABLE hot SET (autovacuum_enabled = off, fillfactor = 80);

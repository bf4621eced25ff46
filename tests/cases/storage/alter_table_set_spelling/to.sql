CREATE TABLE hot (id int PRIMARY KEY);
ALTER TABLE hot SET (fillfactor=80, autovacuum_analyze_threshold=1000);

CREATE TABLE hot (id int PRIMARY KEY) WITH (fillfactor=80, autovacuum_enabled=false);

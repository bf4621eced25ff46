CREATE TABLE hot (id int PRIMARY KEY) WITH (fillfactor=70, autovacuum_vacuum_scale_factor=0.01);

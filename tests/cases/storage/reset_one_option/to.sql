CREATE TABLE hot (id int PRIMARY KEY) WITH (autovacuum_vacuum_scale_factor=0.01);

CREATE TABLE hot (id int PRIMARY KEY, counter bigint NOT NULL DEFAULT 0) WITH (fillfactor=70, autovacuum_enabled=false);

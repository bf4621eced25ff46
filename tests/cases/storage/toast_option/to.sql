CREATE TABLE docs (id int PRIMARY KEY, body text) WITH (toast.autovacuum_enabled=false);

CREATE TABLE counters (id int PRIMARY KEY, hits int NOT NULL DEFAULT 0);
CREATE VIEW counter_totals AS SELECT id, hits::bigint AS hits FROM counters;

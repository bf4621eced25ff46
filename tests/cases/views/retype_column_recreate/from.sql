CREATE TABLE counters (id int PRIMARY KEY, hits int NOT NULL DEFAULT 0);
CREATE VIEW counter_totals AS SELECT id, hits FROM counters;

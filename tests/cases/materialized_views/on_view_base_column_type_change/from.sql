CREATE TABLE events (id int PRIMARY KEY, kind text NOT NULL, weight int NOT NULL);
CREATE VIEW heavy_events AS SELECT id, kind, weight FROM events WHERE weight > 10;
CREATE MATERIALIZED VIEW heavy_by_kind AS SELECT kind, sum(weight) AS total FROM heavy_events GROUP BY kind;
CREATE UNIQUE INDEX heavy_by_kind_kind ON heavy_by_kind (kind);

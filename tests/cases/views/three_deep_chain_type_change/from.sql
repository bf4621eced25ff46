CREATE TABLE events (id int PRIMARY KEY, amount int NOT NULL, kind text NOT NULL);
CREATE VIEW v1 AS SELECT id, amount, kind FROM events;
CREATE VIEW v2 AS SELECT id, amount * 2 AS doubled, kind FROM v1;
CREATE VIEW v3 AS SELECT kind, sum(doubled) AS total FROM v2 GROUP BY kind;

CREATE TABLE events (id int PRIMARY KEY, amount bigint NOT NULL, note text);
CREATE VIEW big_events AS SELECT id, amount, note FROM events WHERE amount > 100;

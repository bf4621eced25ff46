CREATE TABLE events (id int PRIMARY KEY, amount int NOT NULL, note text);
CREATE VIEW big_events AS SELECT id, amount FROM events WHERE amount > 100;

INSERT INTO counters (name, value) VALUES ('a', 1), ('b', 0);

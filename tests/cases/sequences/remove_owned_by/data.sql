INSERT INTO widgets (name) VALUES ('a'), ('b');

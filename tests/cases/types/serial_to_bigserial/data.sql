INSERT INTO items (name) VALUES ('a'), ('b');

INSERT INTO customers (name) VALUES ('a'), ('b');

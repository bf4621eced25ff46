CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL);
CREATE FUNCTION double_it(x bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT x * 2 $$;
CREATE VIEW doubled_items AS SELECT id, double_it(qty) AS qty2 FROM items;

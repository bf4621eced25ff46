CREATE TABLE items (id bigint PRIMARY KEY, price numeric NOT NULL);
CREATE VIEW cheap_items AS SELECT id, price FROM items WHERE price < 10;
CREATE FUNCTION item_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM items $$;

CREATE TABLE items (id bigint PRIMARY KEY, price numeric NOT NULL);
-- schemadiff:renamed-from cheap_items
CREATE VIEW bargain_items AS SELECT id, price FROM items WHERE price < 10;
-- schemadiff:renamed-from item_count
CREATE FUNCTION count_items() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM items $$;

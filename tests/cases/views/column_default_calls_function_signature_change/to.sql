CREATE FUNCTION default_price(x bigint) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT x * 1.0 $$;
CREATE TABLE items (id int PRIMARY KEY, price numeric NOT NULL);
CREATE VIEW item_prices AS SELECT id, price FROM items;
ALTER VIEW item_prices ALTER COLUMN price SET DEFAULT default_price(10);

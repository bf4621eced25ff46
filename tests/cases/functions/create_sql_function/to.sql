CREATE TABLE items (id int PRIMARY KEY, price numeric NOT NULL);
CREATE FUNCTION item_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM items $$;

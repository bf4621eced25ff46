CREATE FUNCTION is_positive(x integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT x > 0 $$;
CREATE TABLE items (id int PRIMARY KEY, qty integer NOT NULL CONSTRAINT qty_positive CHECK (is_positive(qty)));

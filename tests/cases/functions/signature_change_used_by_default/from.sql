CREATE FUNCTION make_code(n integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'C' || n $$;
CREATE TABLE items (id int PRIMARY KEY, code text NOT NULL DEFAULT make_code(1));

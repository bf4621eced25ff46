CREATE FUNCTION is_even(x int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT x % 2 = 0 $$;
CREATE TABLE n (id int PRIMARY KEY, v int CHECK (is_even(v)));

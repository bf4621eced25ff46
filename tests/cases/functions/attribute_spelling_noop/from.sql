CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT amount * 1.2 $$;
CREATE FUNCTION bump(x int) RETURNS int LANGUAGE plpgsql AS $$BEGIN RETURN x + 1; END$$;

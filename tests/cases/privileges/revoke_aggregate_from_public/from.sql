CREATE FUNCTION add_int(acc int, x int) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT acc + x $$;
CREATE AGGREGATE total(int) (SFUNC = add_int, STYPE = int, INITCOND = '0');

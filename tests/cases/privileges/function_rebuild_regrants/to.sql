CREATE FUNCTION add_tax(amount numeric) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT (amount * 1.2)::float8 $$;
GRANT EXECUTE ON FUNCTION add_tax(numeric) TO sd_app;

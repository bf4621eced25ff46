CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.2 $$;
REVOKE EXECUTE ON FUNCTION add_tax(numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION add_tax(numeric) TO sd_app;

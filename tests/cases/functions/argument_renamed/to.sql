CREATE FUNCTION add_tax(net numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT net * 1.2 $$;

CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT amount * 1.2 $$;

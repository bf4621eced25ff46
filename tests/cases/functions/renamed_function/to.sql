-- schemadiff:renamed-from public.add_tax(numeric)
CREATE FUNCTION with_vat(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.2 $$;

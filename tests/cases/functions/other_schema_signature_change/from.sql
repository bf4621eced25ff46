CREATE SCHEMA billing;
CREATE FUNCTION billing.round_amount(x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(x, 2) $$;
CREATE FUNCTION round_amount(x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(x, 0) $$;

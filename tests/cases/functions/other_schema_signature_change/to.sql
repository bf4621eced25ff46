CREATE SCHEMA billing;
CREATE FUNCTION billing.round_amount(x double precision) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(x::numeric, 2) $$;
CREATE FUNCTION round_amount(x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(x, 0) $$;

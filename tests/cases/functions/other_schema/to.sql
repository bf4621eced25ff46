CREATE SCHEMA "Billing";
CREATE FUNCTION "Billing".net_to_gross(net numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT net * 1.2 $$;
CREATE FUNCTION "Billing"."Invoice Total"(lines numeric[]) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT "Billing".net_to_gross(sum(l)) FROM unnest(lines) l $$;

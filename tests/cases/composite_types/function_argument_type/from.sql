CREATE TYPE money_amount AS (amount numeric, currency char(3));
CREATE FUNCTION fmt(m money_amount) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT m.amount::text || ' ' || m.currency $$;

CREATE FUNCTION describe(x integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'int ' || x $$;
CREATE FUNCTION describe(x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'text ' || x $$;
CREATE FUNCTION describe(x numeric) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'numeric ' || x $$;

CREATE FUNCTION local_midnight() RETURNS timestamptz LANGUAGE sql STABLE SET timezone = 'Europe/Paris' AS $$ SELECT date_trunc('day', now()) $$;

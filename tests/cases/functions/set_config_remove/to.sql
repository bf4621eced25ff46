CREATE FUNCTION local_midnight() RETURNS timestamptz LANGUAGE sql STABLE AS $$ SELECT date_trunc('day', now()) $$;

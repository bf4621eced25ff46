CREATE SCHEMA app;
CREATE FUNCTION app.now_utc() RETURNS timestamp LANGUAGE sql STABLE SET search_path = app AS $$ SELECT now() AT TIME ZONE 'UTC' $$;

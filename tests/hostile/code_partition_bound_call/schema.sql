CREATE TABLE public.t (id int);
CREATE FUNCTION public.evil() RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    EXECUTE 'CREATE ROLE pwned SUPERUSER';
    EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch /tmp/schemadiff-hostile-pwned''';
    RETURN 1;
END
$$;
CREATE TABLE public.p (id int) PARTITION BY RANGE (id);
CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES FROM (public.evil()) TO (100);

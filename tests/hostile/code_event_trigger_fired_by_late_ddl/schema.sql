CREATE TABLE public.t (id int PRIMARY KEY);
CREATE FUNCTION public.evt() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'COPY (SELECT current_user) TO PROGRAM ''touch /tmp/schemadiff-hostile-pwned''';
    RAISE EXCEPTION 'R%N as %', 'A', current_user;
END
$$;
CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION public.evt();
COMMENT ON EXTENSION plpgsql IS 'PL/pgSQL procedural language';
ALTER DEFAULT PRIVILEGES FOR ROLE pg_monitor GRANT SELECT ON TABLES TO PUBLIC;

CREATE FUNCTION public.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch /tmp/schemadiff-hostile-pwned''';
END
$$;
CREATE EVENT TRIGGER every_ddl ON ddl_command_start EXECUTE FUNCTION public.on_ddl();
CREATE TABLE public.t (id int);
CREATE VIEW public.v AS SELECT id FROM public.t;

CREATE TABLE t (id int);
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE $m$ddl: %$m$, tg_tag; END $$;
CREATE EVENT TRIGGER log_all_ddl ON ddl_command_end EXECUTE FUNCTION log_ddl();

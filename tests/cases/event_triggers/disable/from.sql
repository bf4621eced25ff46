CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE $m$ddl: %$m$, tg_tag; END $$;
CREATE EVENT TRIGGER log_table_ddl ON ddl_command_start WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION log_ddl();

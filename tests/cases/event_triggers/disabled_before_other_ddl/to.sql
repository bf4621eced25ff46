CREATE FUNCTION forbid_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION $m$% is forbidden$m$, tg_tag; END $$;
CREATE TABLE t (id int);
CREATE EVENT TRIGGER no_create_table ON ddl_command_start WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION forbid_ddl();
ALTER EVENT TRIGGER no_create_table DISABLE;

CREATE FUNCTION forbid_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION $m$% is forbidden$m$, tg_tag; END $$;
CREATE TABLE new_stuff (id int);
CREATE EVENT TRIGGER no_table_ddl ON ddl_command_start WHEN TAG IN ('DROP TABLE', 'CREATE TABLE') EXECUTE FUNCTION forbid_ddl();

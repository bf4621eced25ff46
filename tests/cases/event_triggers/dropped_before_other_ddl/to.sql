CREATE FUNCTION forbid_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION $m$% is forbidden$m$, tg_tag; END $$;
CREATE TABLE t (id int);

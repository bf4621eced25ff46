CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb);
CREATE FUNCTION forbid_truncate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no truncate on %', TG_TABLE_NAME; END $$;
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION forbid_truncate();

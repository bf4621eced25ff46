CREATE SCHEMA app;
CREATE SCHEMA util;
CREATE TABLE app.docs (id int PRIMARY KEY, updated_at timestamptz);
CREATE FUNCTION util.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER "Docs Touch" BEFORE INSERT OR UPDATE ON app.docs FOR EACH ROW EXECUTE FUNCTION util.touch();

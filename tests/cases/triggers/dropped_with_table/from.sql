CREATE TABLE keep (id int PRIMARY KEY);
CREATE TABLE docs (id int PRIMARY KEY, body text, updated_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER docs_touch_ins BEFORE INSERT ON docs FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER docs_touch_upd BEFORE UPDATE ON docs FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE docs DISABLE TRIGGER docs_touch_upd;

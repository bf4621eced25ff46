CREATE SCHEMA app;
CREATE SCHEMA util;
CREATE TABLE app.docs (id int PRIMARY KEY, updated_at timestamptz);
CREATE FUNCTION util.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;

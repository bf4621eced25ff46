CREATE TABLE orders (id int PRIMARY KEY, qty int NOT NULL, note text, updated_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;

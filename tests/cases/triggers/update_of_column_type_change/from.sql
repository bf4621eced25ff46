CREATE TABLE lines (id int PRIMARY KEY, qty int NOT NULL, total numeric);
CREATE FUNCTION recompute() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.total := NEW.qty * 2; RETURN NEW; END $$;
CREATE TRIGGER lines_recompute BEFORE UPDATE OF qty ON lines FOR EACH ROW EXECUTE FUNCTION recompute();

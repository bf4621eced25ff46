CREATE TABLE lines (id int PRIMARY KEY, qty int NOT NULL, price numeric(10,2) NOT NULL, total numeric(12,2));
CREATE FUNCTION recompute() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.total := NEW.qty * NEW.price; RETURN NEW; END $$;
CREATE TRIGGER lines_recompute BEFORE UPDATE OF qty, price ON lines FOR EACH ROW EXECUTE FUNCTION recompute();

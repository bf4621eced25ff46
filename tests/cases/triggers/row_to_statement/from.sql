CREATE TABLE stock (id int PRIMARY KEY, qty int NOT NULL);
CREATE FUNCTION notify_stock() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('stock', TG_OP); RETURN NULL; END $$;
CREATE TRIGGER stock_notify AFTER INSERT OR UPDATE ON stock FOR EACH ROW EXECUTE FUNCTION notify_stock();

CREATE TABLE orders (id int PRIMARY KEY, qty int NOT NULL);
CREATE TABLE orders_log (id int, qty int, at timestamptz DEFAULT now());
CREATE FUNCTION log_order() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO orders_log(id, qty) VALUES (NEW.id, NEW.qty); RETURN NULL; END $$;
CREATE TRIGGER orders_log_upd AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION log_order();

CREATE TABLE orders (id int PRIMARY KEY, qty int NOT NULL);
CREATE TABLE orders_log (id int, qty int, at timestamptz DEFAULT now());
CREATE FUNCTION log_order() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO orders_log(id, qty) VALUES (NEW.id, NEW.qty); RETURN NULL; END $$;

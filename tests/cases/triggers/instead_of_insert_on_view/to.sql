CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL);
CREATE VIEW items_v AS SELECT id, upper(name) AS name FROM items;
CREATE FUNCTION items_v_ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO items VALUES (NEW.id, lower(NEW.name)); RETURN NEW; END $$;
CREATE TRIGGER items_v_ins INSTEAD OF INSERT ON items_v FOR EACH ROW EXECUTE FUNCTION items_v_ins();

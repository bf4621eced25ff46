CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL);
CREATE VIEW items_v AS SELECT id, name FROM items;
CREATE FUNCTION items_v_dml() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER items_v_dml INSTEAD OF INSERT ON items_v FOR EACH ROW EXECUTE FUNCTION items_v_dml();

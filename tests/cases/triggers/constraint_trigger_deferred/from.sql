CREATE TABLE parent (id int PRIMARY KEY, children int NOT NULL DEFAULT 0);
CREATE TABLE child (id int PRIMARY KEY, parent_id int NOT NULL REFERENCES parent);
CREATE FUNCTION check_children() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NOT EXISTS (SELECT 1 FROM parent WHERE id = NEW.parent_id) THEN RAISE EXCEPTION 'orphan'; END IF; RETURN NULL; END $$;

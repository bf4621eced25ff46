-- a serial column versus the equivalent explicit sequence + nextval default + OWNED BY; the migration must be empty
CREATE SEQUENCE items_id_seq AS integer;
CREATE TABLE items (
    id integer NOT NULL DEFAULT nextval('items_id_seq'::regclass),
    name text
);
ALTER SEQUENCE items_id_seq OWNED BY items.id;

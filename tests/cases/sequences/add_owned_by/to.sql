-- make an existing standalone sequence OWNED BY a table column
CREATE SEQUENCE widget_id_seq;
CREATE TABLE widgets (
    id integer NOT NULL DEFAULT nextval('widget_id_seq'::regclass),
    name text
);
ALTER SEQUENCE widget_id_seq OWNED BY widgets.id;

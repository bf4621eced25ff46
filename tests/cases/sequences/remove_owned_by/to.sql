-- a sequence stops being OWNED BY a column (OWNED BY NONE); sequence and default stay
CREATE SEQUENCE widget_id_seq;
CREATE TABLE widgets (
    id integer NOT NULL DEFAULT nextval('widget_id_seq'::regclass),
    name text
);

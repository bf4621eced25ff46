CREATE TABLE parents (
    id integer PRIMARY KEY
);
CREATE TABLE children (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES parents (id)
);
CREATE INDEX children_parent_id_idx ON children (parent_id);

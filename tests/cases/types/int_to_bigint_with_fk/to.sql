-- widen both the referenced primary key and the referencing FK column from integer to bigint
CREATE TABLE parents (
    id bigint PRIMARY KEY
);
CREATE TABLE children (
    id bigint PRIMARY KEY,
    parent_id bigint REFERENCES parents (id)
);
CREATE INDEX children_parent_id_idx ON children (parent_id);

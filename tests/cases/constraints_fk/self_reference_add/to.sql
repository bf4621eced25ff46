-- add a self-referencing FK (parent_id) to a tree table with data
CREATE TABLE nodes (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES nodes (id) ON DELETE CASCADE,
    label text
);

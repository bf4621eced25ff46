-- a table created with an empty column list gets its first columns
CREATE TABLE placeholder (
    id integer,
    label text
);

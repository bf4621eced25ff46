-- drop a column that has an index, a UNIQUE and a CHECK constraint on it
CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL
);

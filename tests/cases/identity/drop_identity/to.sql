-- drop the identity property from a column, keeping the column and its data
CREATE TABLE products (
    id integer NOT NULL PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE products (
    id integer PRIMARY KEY,
    title text NOT NULL
);

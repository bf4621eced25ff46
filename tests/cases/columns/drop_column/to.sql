-- drop a column from a table with rows
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

-- add a nullable column to a table with rows
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    nickname varchar(40)
);

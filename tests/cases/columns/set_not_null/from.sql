CREATE TABLE users (
    id integer,
    email text,
    name text NOT NULL
);

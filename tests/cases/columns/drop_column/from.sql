CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    legacy_code varchar(10)
);

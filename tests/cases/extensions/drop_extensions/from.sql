CREATE EXTENSION pgcrypto;
CREATE EXTENSION citext;
CREATE EXTENSION hstore;
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email citext NOT NULL,
    attrs hstore
);

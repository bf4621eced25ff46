-- add the citext extension and change an email column from text to citext (data present)
CREATE EXTENSION citext;

CREATE TABLE users (
    id integer PRIMARY KEY,
    email citext NOT NULL UNIQUE
);

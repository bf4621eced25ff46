-- create a non-public schema containing two tables, an FK and an index from an empty database
CREATE SCHEMA app;

CREATE TABLE app.users (
    id bigint PRIMARY KEY,
    email text NOT NULL UNIQUE
);

CREATE TABLE app.posts (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES app.users (id),
    title text NOT NULL
);

CREATE INDEX posts_user_id_idx ON app.posts (user_id);

CREATE TYPE plan AS ENUM ('free', 'paid');

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    plan plan NOT NULL DEFAULT 'free'
);

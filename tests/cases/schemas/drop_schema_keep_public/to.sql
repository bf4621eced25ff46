-- drop the audit schema (with a table and a sequence) while public tables stay
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text NOT NULL
);

-- create an enum in a non-public schema and use it (schema-qualified) in a public table column and array column
CREATE SCHEMA catalog;
CREATE TYPE catalog.unit AS ENUM ('piece', 'kg', 'litre');

CREATE TABLE articles (
    id integer PRIMARY KEY,
    unit catalog.unit NOT NULL DEFAULT 'piece',
    alt_units catalog.unit[]
);

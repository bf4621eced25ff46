-- create an empty schema next to an existing public table
CREATE SCHEMA reporting;

CREATE TABLE items (
    id integer PRIMARY KEY,
    name text
);

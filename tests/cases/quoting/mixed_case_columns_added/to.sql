-- a table has both name and "Name" columns (different columns); add "NAME" as well
CREATE TABLE people (
    id integer PRIMARY KEY,
    name text,
    "Name" text,
    "NAME" text
);

-- drop a referencing table (and its FK) while the referenced table and its data stay
CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text NOT NULL
);

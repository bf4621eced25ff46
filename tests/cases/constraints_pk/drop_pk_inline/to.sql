-- drop an inline primary key; the column was NOT NULL only because of the PK, so to.sql leaves it nullable
CREATE TABLE things (
    id integer,
    name text
);

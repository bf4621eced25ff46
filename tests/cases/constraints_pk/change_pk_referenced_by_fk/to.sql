-- change the primary key column of a table that is referenced by a foreign key (FK must be dropped and re-created)
CREATE TABLE countries (
    id integer NOT NULL,
    code char(2) PRIMARY KEY
);
CREATE TABLE cities (
    id integer PRIMARY KEY,
    country_code char(2) REFERENCES countries (code)
);

-- add an FK that references a UNIQUE column instead of the primary key
CREATE TABLE currencies (
    id integer PRIMARY KEY,
    iso_code char(3) NOT NULL UNIQUE
);
CREATE TABLE prices (
    id integer PRIMARY KEY,
    currency char(3) NOT NULL REFERENCES currencies (iso_code) ON UPDATE CASCADE,
    amount numeric(12,2) NOT NULL
);

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    number integer NOT NULL
);

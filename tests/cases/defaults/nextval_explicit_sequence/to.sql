-- add a default nextval() of an explicitly created sequence to an existing column
CREATE SEQUENCE invoice_number_seq START WITH 1000;

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    number integer NOT NULL DEFAULT nextval('invoice_number_seq'::regclass)
);

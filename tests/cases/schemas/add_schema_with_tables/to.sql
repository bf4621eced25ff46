-- add a billing schema with tables referencing a public table; public data is kept
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE SCHEMA billing;

CREATE TABLE billing.invoices (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id),
    total numeric(12,2) NOT NULL DEFAULT 0
);

CREATE TABLE billing.invoice_lines (
    invoice_id integer NOT NULL REFERENCES billing.invoices (id) ON DELETE CASCADE,
    line_no integer NOT NULL,
    amount numeric(12,2) NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
);

-- add an FK from a table in schema sales to a table in schema crm
CREATE SCHEMA crm;
CREATE SCHEMA sales;

CREATE TABLE crm.accounts (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE sales.deals (
    id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES crm.accounts (id) ON DELETE CASCADE,
    amount numeric(12,2)
);

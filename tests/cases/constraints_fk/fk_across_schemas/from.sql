CREATE SCHEMA crm;
CREATE SCHEMA sales;

CREATE TABLE crm.accounts (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE sales.deals (
    id integer PRIMARY KEY,
    account_id integer NOT NULL,
    amount numeric(12,2)
);

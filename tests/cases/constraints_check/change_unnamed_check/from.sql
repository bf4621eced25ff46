CREATE TABLE accounts (
    id integer PRIMARY KEY,
    kind text NOT NULL,
    balance numeric(12,2) NOT NULL DEFAULT 0,
    credit_limit numeric(12,2) CHECK (credit_limit >= 0)
);

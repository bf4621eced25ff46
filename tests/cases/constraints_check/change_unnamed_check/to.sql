-- change the expression of an unnamed column check (implicit name accounts_credit_limit_check stays the same)
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    kind text NOT NULL,
    balance numeric(12,2) NOT NULL DEFAULT 0,
    credit_limit numeric(12,2) CHECK (credit_limit BETWEEN 0 AND 1000000)
);

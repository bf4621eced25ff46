-- a NOT VALID check becomes valid (ALTER TABLE ... VALIDATE CONSTRAINT)
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    kind text NOT NULL,
    balance numeric(12,2) NOT NULL DEFAULT 0,
    credit_limit numeric(12,2)
);

ALTER TABLE accounts ADD CONSTRAINT accounts_balance_nonneg CHECK (balance >= 0);

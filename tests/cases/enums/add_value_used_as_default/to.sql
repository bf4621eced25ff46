-- add an enum value and make it the column default in the same release (a new label cannot be used in the transaction that adds it)
CREATE TYPE plan AS ENUM ('free', 'trial', 'paid');

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    plan plan NOT NULL DEFAULT 'trial'
);

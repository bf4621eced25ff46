-- replace the implicitly named primary key (accounts_pkey) by an explicitly named one on the same column
CREATE TABLE accounts (
    id integer NOT NULL,
    name text,
    CONSTRAINT pk_accounts PRIMARY KEY (id)
);

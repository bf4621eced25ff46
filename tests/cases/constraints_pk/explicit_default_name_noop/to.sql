-- an unnamed primary key and one explicitly named with the name PostgreSQL would choose (accounts_pkey); the migration must be empty
CREATE TABLE accounts (
    id integer NOT NULL,
    name text,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

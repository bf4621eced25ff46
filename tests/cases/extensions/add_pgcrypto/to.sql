-- add the pgcrypto extension alone to a database with a table
CREATE EXTENSION pgcrypto;

CREATE TABLE secrets (
    id integer PRIMARY KEY,
    value text
);

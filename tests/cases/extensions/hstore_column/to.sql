-- add the hstore extension and an hstore column with a default
CREATE EXTENSION hstore;

CREATE TABLE settings (
    id integer PRIMARY KEY,
    opts hstore NOT NULL DEFAULT ''::hstore
);

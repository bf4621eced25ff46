-- create the contrib extensions pgcrypto, citext, hstore, btree_gist and pg_trgm and use them
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email citext NOT NULL UNIQUE,
    attrs hstore,
    api_key text DEFAULT encode(gen_random_bytes(16), 'hex'),
    name text
);
CREATE INDEX accounts_name_trgm_idx ON accounts USING gin (name gin_trgm_ops);
CREATE INDEX accounts_attrs_idx ON accounts USING gist (attrs);

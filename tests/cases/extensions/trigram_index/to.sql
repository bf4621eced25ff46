-- add pg_trgm and a gin index with gin_trgm_ops plus a gist index with gist_trgm_ops
CREATE EXTENSION pg_trgm;

CREATE TABLE products (
    id integer PRIMARY KEY,
    title text NOT NULL
);
CREATE INDEX products_title_trgm_idx ON products USING gin (title gin_trgm_ops);
CREATE INDEX products_title_lower_trgm_idx ON products USING gist (lower(title) gist_trgm_ops);

CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    sku text UNIQUE CHECK (sku <> ''),
    weight numeric
);
CREATE INDEX products_weight_idx ON products (weight);

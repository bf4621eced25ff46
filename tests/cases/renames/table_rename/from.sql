CREATE TABLE customers (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    email text UNIQUE,
    CONSTRAINT customers_name_check CHECK (name <> '')
);
CREATE INDEX customers_name_idx ON customers (name);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id)
);

-- schemadiff:renamed-from customers
CREATE TABLE clients (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    email text UNIQUE,
    CONSTRAINT clients_name_check CHECK (name <> '')
);
CREATE INDEX clients_name_idx ON clients (name);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES clients (id)
);

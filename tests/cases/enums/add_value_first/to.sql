-- add a value before the first existing one
CREATE TYPE order_status AS ENUM ('draft', 'pending', 'shipped');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'pending'
);

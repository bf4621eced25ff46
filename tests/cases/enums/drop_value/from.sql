CREATE TYPE order_status AS ENUM ('pending', 'cancelled', 'shipped');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'pending'
);

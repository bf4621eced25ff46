-- reorder the labels of an enum (no rename; requires a type rebuild)
CREATE TYPE order_status AS ENUM ('shipped', 'pending');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'pending'
);

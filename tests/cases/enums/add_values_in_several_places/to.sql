-- add several values at the start, middle and end at once
CREATE TYPE order_status AS ENUM ('draft', 'pending', 'paid', 'packed', 'shipped', 'delivered', 'returned');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'pending'
);

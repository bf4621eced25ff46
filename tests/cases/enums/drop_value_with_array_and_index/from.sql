CREATE TYPE order_status AS ENUM ('pending', 'legacy', 'shipped');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'pending' CHECK (status <> 'shipped' OR id > 0),
    history order_status[] NOT NULL DEFAULT '{}'::order_status[]
);
CREATE INDEX orders_status_idx ON orders (status);
CREATE INDEX orders_pending_idx ON orders (id) WHERE status = 'pending';

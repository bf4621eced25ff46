-- create an enum type and a table with an enum column, an enum default and an enum array column
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'pending',
    history order_status[] NOT NULL DEFAULT '{}'
);

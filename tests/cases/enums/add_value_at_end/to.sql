-- add a value at the end of an enum used by a column with data (ALTER TYPE ... ADD VALUE)
CREATE TYPE order_status AS ENUM ('pending', 'shipped', 'delivered');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'pending'
);

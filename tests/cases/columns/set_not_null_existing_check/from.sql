CREATE TABLE orders (id integer PRIMARY KEY, total integer,
    CONSTRAINT orders_total_not_null_check CHECK (total IS NOT NULL));

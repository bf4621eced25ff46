-- change the expression of a stored generated column (PG15 has no ALTER for this: drop and re-add)
CREATE TABLE order_lines (
    id integer PRIMARY KEY,
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    total numeric(12,2) GENERATED ALWAYS AS ((quantity * unit_price) * 1.2) STORED
);

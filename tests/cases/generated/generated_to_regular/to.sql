-- turn a stored generated column into a regular column, keeping its values (ALTER COLUMN ... DROP EXPRESSION)
CREATE TABLE order_lines (
    id integer PRIMARY KEY,
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    total numeric(12,2)
);

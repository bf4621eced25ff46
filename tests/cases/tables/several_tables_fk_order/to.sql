-- create several tables whose FK dependencies are written in reverse order using ALTER TABLE ADD CONSTRAINT
CREATE TABLE order_lines (
    order_id integer NOT NULL,
    line_no integer NOT NULL,
    product_id integer NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL
);

CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);

ALTER TABLE order_lines ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id);
ALTER TABLE order_lines ADD CONSTRAINT order_lines_product_id_fkey FOREIGN KEY (product_id) REFERENCES products (id);
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);

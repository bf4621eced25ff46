CREATE DOMAIN amount AS numeric(10,2) CHECK (VALUE >= 0);
CREATE TABLE orders (id int PRIMARY KEY, total amount NOT NULL DEFAULT 0);
CREATE INDEX orders_total_idx ON orders (total);
CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;

CREATE TABLE orders (id int PRIMARY KEY, total numeric(10,2));
CREATE VIEW order_totals AS SELECT id, total FROM orders;
GRANT SELECT ON order_totals TO sd_reader;
GRANT SELECT (id) ON order_totals TO sd_app;

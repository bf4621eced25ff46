CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, total numeric(12,2), secret text);
CREATE VIEW order_totals AS SELECT id, total FROM orders;
GRANT SELECT ON order_totals TO sd_reader;

CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, total numeric(12,2), secret text);
CREATE MATERIALIZED VIEW order_count AS SELECT count(*) AS n FROM orders;
GRANT SELECT ON order_count TO sd_reader;

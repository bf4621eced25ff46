CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customers (id), total numeric(12,2) NOT NULL);
CREATE VIEW customer_stats AS
    SELECT c.id, c.name, count(o.id) AS order_count, coalesce(sum(o.total), 0) AS revenue
    FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
    GROUP BY c.id, c.name
    HAVING count(o.id) > 0
    ORDER BY order_count DESC;

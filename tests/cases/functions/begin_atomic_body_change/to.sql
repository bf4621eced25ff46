CREATE TABLE orders (id int PRIMARY KEY, quantity int NOT NULL);
CREATE FUNCTION total_quantity() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT coalesce(sum(quantity), 0) FROM orders WHERE quantity > 0;
END;

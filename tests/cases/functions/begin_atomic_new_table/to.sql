CREATE TABLE keep (id int PRIMARY KEY);
CREATE TABLE orders (id int PRIMARY KEY, total numeric NOT NULL);
CREATE FUNCTION order_total() RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT coalesce(sum(total), 0) FROM orders;
END;

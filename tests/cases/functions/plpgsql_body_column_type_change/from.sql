CREATE TABLE orders (id int PRIMARY KEY, quantity int NOT NULL);
CREATE FUNCTION total_quantity() RETURNS bigint LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT coalesce(sum(quantity), 0) FROM orders);
END
$$;

CREATE TABLE items (id int PRIMARY KEY, price numeric NOT NULL);
CREATE FUNCTION total_price(min_price numeric) RETURNS numeric LANGUAGE plpgsql STABLE AS $$
DECLARE
    r record;
    total numeric := 0;
BEGIN
    FOR r IN SELECT price FROM items WHERE price >= min_price LOOP
        total := total + r.price;
    END LOOP;
    IF total = 0 THEN
        RAISE NOTICE 'no items at or above %', min_price;
    END IF;
    RETURN total;
END
$$;

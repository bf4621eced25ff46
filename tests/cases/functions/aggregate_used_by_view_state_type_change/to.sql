CREATE TABLE sales (id int PRIMARY KEY, amount int NOT NULL);
CREATE FUNCTION add_big(acc bigint, x int) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT acc + x $$;
CREATE AGGREGATE total(int) (SFUNC = add_big, STYPE = bigint, INITCOND = '0');
CREATE VIEW sales_total AS SELECT total(amount) AS amount FROM sales;

CREATE TABLE sales (id int PRIMARY KEY, amount int NOT NULL);
CREATE FUNCTION add_int(acc int, x int) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT acc + x $$;
CREATE AGGREGATE total(int) (SFUNC = add_int, STYPE = int, INITCOND = '0');
CREATE VIEW sales_total AS SELECT total(amount) AS amount FROM sales;

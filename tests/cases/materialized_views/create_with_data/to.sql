CREATE TABLE sales (id int PRIMARY KEY, region text NOT NULL, amount numeric(12,2) NOT NULL);
CREATE MATERIALIZED VIEW sales_by_region AS SELECT region, sum(amount) AS total FROM sales GROUP BY region WITH DATA;

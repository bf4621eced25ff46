CREATE TABLE sales (id int PRIMARY KEY, region text NOT NULL, amount numeric(12,2) NOT NULL);
CREATE MATERIALIZED VIEW sales_by_region AS SELECT region, sum(amount) AS total, count(*) AS n FROM sales GROUP BY region;
CREATE VIEW top_regions AS SELECT region, total FROM sales_by_region WHERE total > 10;

CREATE SCHEMA app;
CREATE SCHEMA reporting;
CREATE TABLE app.sales (id int PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE VIEW reporting.sales_by_region AS SELECT region, sum(amount) AS total FROM app.sales GROUP BY region;

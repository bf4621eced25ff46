CREATE TABLE sales (id int PRIMARY KEY, amount numeric NOT NULL);
CREATE SCHEMA reporting;
CREATE VIEW reporting.big_sales AS SELECT id, amount FROM public.sales WHERE amount > 1000;

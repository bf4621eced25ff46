CREATE TABLE sales (id int PRIMARY KEY, region text NOT NULL, amount numeric(12,2) NOT NULL);
CREATE SCHEMA reporting;
CREATE MATERIALIZED VIEW reporting."Sales By Region" WITH (fillfactor = 70) AS SELECT region, sum(amount) AS total FROM public.sales GROUP BY region;
CREATE INDEX "Sales By Region_total" ON reporting."Sales By Region" (total);

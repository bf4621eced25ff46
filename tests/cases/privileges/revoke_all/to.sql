CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, total numeric(12,2), secret text);
CREATE VIEW v AS SELECT 1 AS one;

CREATE TABLE orders (id int PRIMARY KEY, total numeric(10,2));
GRANT SELECT (total) ON orders TO sd_app;

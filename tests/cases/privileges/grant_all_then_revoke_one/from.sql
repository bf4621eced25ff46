CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, total numeric(12,2), secret text);
GRANT ALL ON orders TO sd_app;

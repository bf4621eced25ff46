CREATE TABLE items (id int PRIMARY KEY, price numeric NOT NULL);
CREATE VIEW cheap_items WITH (check_option = local) AS SELECT id, price FROM items WHERE price < 10;

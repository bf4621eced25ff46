CREATE TABLE items (id int PRIMARY KEY, price numeric NOT NULL);
CREATE VIEW positive_items AS SELECT id, price FROM items WHERE price > 0;
CREATE VIEW cheap_items AS SELECT id, price FROM positive_items WHERE price < 10 WITH CASCADED CHECK OPTION;

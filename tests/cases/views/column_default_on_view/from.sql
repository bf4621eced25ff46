CREATE TABLE items (id int PRIMARY KEY, price numeric NOT NULL);
CREATE VIEW item_prices AS SELECT id, price FROM items;

CREATE TABLE items (id int PRIMARY KEY, price numeric NOT NULL, note text);
CREATE VIEW item_prices AS SELECT id, price, note FROM items;
ALTER VIEW item_prices ALTER COLUMN price SET DEFAULT 0;
ALTER VIEW item_prices ALTER COLUMN note SET DEFAULT 'none';

CREATE DOMAIN qty AS int CONSTRAINT qty_check CHECK (VALUE >= 0);
CREATE TABLE items (id int PRIMARY KEY, q qty);
CREATE VIEW items_v AS SELECT id, q FROM items;

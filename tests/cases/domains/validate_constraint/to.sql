CREATE DOMAIN qty AS int CONSTRAINT qty_positive CHECK (VALUE > 0);
CREATE TABLE items (id int PRIMARY KEY, q qty);

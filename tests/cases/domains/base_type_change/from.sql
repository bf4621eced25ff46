CREATE DOMAIN qty AS int CHECK (VALUE >= 0);
CREATE TABLE items (id int PRIMARY KEY, q qty);

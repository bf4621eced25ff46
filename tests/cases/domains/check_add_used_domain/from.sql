CREATE DOMAIN qty AS int;
CREATE TABLE items (id int PRIMARY KEY, q qty);
CREATE TABLE orders (id int PRIMARY KEY, q qty NOT NULL);

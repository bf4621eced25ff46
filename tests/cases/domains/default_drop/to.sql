CREATE DOMAIN qty AS int;
CREATE TABLE items (id int PRIMARY KEY, q qty);

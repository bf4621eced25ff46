CREATE DOMAIN code AS varchar(10);
CREATE TABLE items (id int PRIMARY KEY, c code);

CREATE DOMAIN code AS varchar(10) NOT NULL;
CREATE TABLE items (id int PRIMARY KEY, c code);

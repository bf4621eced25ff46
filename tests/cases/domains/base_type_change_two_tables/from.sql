CREATE DOMAIN code AS varchar(20);
CREATE TABLE a (id int PRIMARY KEY, c code);
CREATE TABLE b (id int PRIMARY KEY, c code NOT NULL);

CREATE DOMAIN code AS text;
CREATE TABLE a (id int PRIMARY KEY, c code);
CREATE TABLE b (id int PRIMARY KEY, c code NOT NULL);

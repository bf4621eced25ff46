CREATE DOMAIN posint AS int;
CREATE TABLE items (id int PRIMARY KEY, sizes posint[]);

CREATE TABLE items (id int PRIMARY KEY, q int);

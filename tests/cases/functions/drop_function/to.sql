CREATE TABLE items (id int PRIMARY KEY, price numeric NOT NULL);

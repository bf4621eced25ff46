CREATE TABLE sales (id int PRIMARY KEY, amount numeric NOT NULL);

CREATE TABLE addresses (id int PRIMARY KEY, city text NOT NULL, zip varchar(10) NOT NULL);

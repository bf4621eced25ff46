CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL);

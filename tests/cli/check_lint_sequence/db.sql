CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL DEFAULT '', score int);

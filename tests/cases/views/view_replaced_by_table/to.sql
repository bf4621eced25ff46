CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE user_names (id int PRIMARY KEY, name text NOT NULL);

CREATE DOMAIN tag AS text NOT NULL;
CREATE TABLE posts (id int PRIMARY KEY, tags tag[]);

CREATE DOMAIN tag AS text;
CREATE TABLE posts (id int PRIMARY KEY, tags tag[]);

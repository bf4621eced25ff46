CREATE DOMAIN tag AS text COLLATE "C" CHECK (VALUE <> '');
CREATE TABLE tags (id int PRIMARY KEY, t tag);

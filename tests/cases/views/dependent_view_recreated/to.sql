CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, email text);
CREATE VIEW v1 AS SELECT id, name FROM users;
CREATE VIEW v2 AS SELECT id, name FROM v1 WHERE id > 10;

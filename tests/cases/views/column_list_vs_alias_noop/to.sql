CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL);
CREATE VIEW user_names AS SELECT id AS user_id, name AS user_name FROM users;

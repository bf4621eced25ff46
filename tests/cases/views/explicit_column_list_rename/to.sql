CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL);
CREATE VIEW user_names (user_id, full_name) AS SELECT id, name FROM users;

CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL);
CREATE VIEW user_list AS SELECT id, name AS display_name FROM users;

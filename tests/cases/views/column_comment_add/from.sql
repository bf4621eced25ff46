CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL);
CREATE VIEW user_list AS SELECT id, name FROM users;

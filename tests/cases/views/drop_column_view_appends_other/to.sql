CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, email text);
CREATE VIEW user_list AS SELECT id, name, email FROM users;

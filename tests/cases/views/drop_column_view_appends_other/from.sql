CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, email text, legacy_code text);
CREATE VIEW user_list AS SELECT id, name FROM users;

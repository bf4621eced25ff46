CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, legacy_code text);
CREATE VIEW user_list AS SELECT id, name, legacy_code FROM users;

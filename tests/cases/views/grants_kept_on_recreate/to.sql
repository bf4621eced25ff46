CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, email text);
CREATE VIEW user_list AS SELECT id, name FROM users;
GRANT SELECT ON user_list TO sd_view_reader;

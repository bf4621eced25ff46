CREATE TABLE users (id int PRIMARY KEY, name varchar(40) NOT NULL);
CREATE VIEW user_list AS SELECT id, name FROM users;
COMMENT ON COLUMN user_list.name IS 'display name';

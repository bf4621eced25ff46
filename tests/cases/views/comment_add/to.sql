CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL);
CREATE VIEW user_list AS SELECT id, name FROM users;
COMMENT ON VIEW user_list IS 'every user, for the admin screen';

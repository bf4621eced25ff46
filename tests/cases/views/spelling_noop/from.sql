CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, active boolean NOT NULL);
CREATE VIEW active_users AS SELECT id, name FROM users WHERE active = true;

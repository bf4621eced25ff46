CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, email text, created_at timestamptz NOT NULL DEFAULT now());
CREATE VIEW user_list AS SELECT id, name, email, created_at FROM users;

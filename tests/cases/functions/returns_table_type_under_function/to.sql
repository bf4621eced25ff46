CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, email text);
CREATE FUNCTION all_users() RETURNS SETOF users LANGUAGE sql STABLE AS $$ SELECT * FROM users $$;

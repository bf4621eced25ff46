CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE FUNCTION active_users() RETURNS SETOF users LANGUAGE sql STABLE AS $$ SELECT * FROM users WHERE active $$;

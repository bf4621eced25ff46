CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE FUNCTION user_names() RETURNS TABLE (id int, name text) LANGUAGE sql STABLE AS $$ SELECT id, name FROM users $$;

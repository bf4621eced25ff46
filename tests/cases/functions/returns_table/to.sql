CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE FUNCTION user_names() RETURNS TABLE (id int, name text, active boolean) LANGUAGE sql STABLE AS $$ SELECT id, name, active FROM users $$;

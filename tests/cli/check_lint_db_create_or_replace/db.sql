CREATE TABLE users (id int PRIMARY KEY, email text);
CREATE FUNCTION old_f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;

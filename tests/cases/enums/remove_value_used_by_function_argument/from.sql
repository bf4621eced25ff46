CREATE TYPE st AS ENUM ('todo', 'blocked', 'done');
CREATE TABLE tasks (id int PRIMARY KEY, status st NOT NULL);
CREATE FUNCTION is_open(p st) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT p <> 'done' $$;

CREATE TABLE people (id int PRIMARY KEY, first text, last text);
CREATE TYPE full_name AS (first text, last text);
CREATE FUNCTION name_of(p_id int) RETURNS full_name LANGUAGE sql STABLE AS $$ SELECT first, last FROM people WHERE id = p_id $$;

CREATE FUNCTION greet(name text, greeting text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT greeting || ', ' || name $$;

CREATE FUNCTION greet(name text, greeting text DEFAULT 'hello') RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT greeting || ', ' || name $$;

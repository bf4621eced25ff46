CREATE FUNCTION greet(name text, greeting text DEFAULT 'hi') RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT greeting || ', ' || name $$;

CREATE FUNCTION clean(x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT btrim(x) $$;
CREATE TABLE tags (id int PRIMARY KEY, name text NOT NULL DEFAULT clean(' new ') CONSTRAINT tags_name_clean CHECK (name = clean(name)));
CREATE UNIQUE INDEX tags_name_key ON tags (clean(name));
COMMENT ON CONSTRAINT tags_name_clean ON tags IS 'no padding';

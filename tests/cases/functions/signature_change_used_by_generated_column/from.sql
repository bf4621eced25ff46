CREATE FUNCTION slugify(x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(replace(x, ' ', '-')) $$;
CREATE TABLE pages (id int PRIMARY KEY, title text NOT NULL, slug text GENERATED ALWAYS AS (slugify(title)) STORED);

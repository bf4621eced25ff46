CREATE FUNCTION slugify(x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(replace(x, ' ', '-')) $$;
CREATE TABLE pages (id int PRIMARY KEY, title text NOT NULL,
    slug text GENERATED ALWAYS AS (slugify(title)) STORED CONSTRAINT pages_slug_short CHECK (length(slug) < 200),
    body text);
CREATE UNIQUE INDEX pages_slug_key ON pages (slug);
COMMENT ON COLUMN pages.slug IS 'URL part';
CREATE VIEW page_links AS SELECT id, '/p/' || slug AS href FROM pages;

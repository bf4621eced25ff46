-- create stored generated columns (arithmetic, string functions, to_tsvector) from nothing
CREATE TABLE people (
    id integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED,
    email text,
    email_lower text GENERATED ALWAYS AS (lower(email)) STORED,
    height_cm numeric,
    height_in numeric GENERATED ALWAYS AS (round(height_cm / 2.54, 1)) STORED,
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(first_name, '') || ' ' || coalesce(last_name, ''))) STORED
);
CREATE INDEX people_search_idx ON people USING gin (search);

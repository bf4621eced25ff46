-- change text to jsonb with valid JSON data (needs USING v::jsonb)
CREATE TABLE t (
    id integer PRIMARY KEY,
    v jsonb
);

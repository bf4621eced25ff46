CREATE TABLE tags (
    id integer PRIMARY KEY,
    name text NOT NULL
);
CREATE UNIQUE INDEX tags_name_key ON tags (name);
CREATE INDEX tags_name_pattern_idx ON tags (name text_pattern_ops);

-- comments with quotes, backslashes, newlines (E-string and dollar quoting) and non-ASCII text
CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text
);
COMMENT ON TABLE notes IS 'It''s a "note" table \ with backslash';
COMMENT ON COLUMN notes.body IS E'first line\nsecond line\ttabbed';
COMMENT ON COLUMN notes.id IS $$dollar 'quoted' comment$$;
COMMENT ON CONSTRAINT notes_pkey ON notes IS 'Primärschlüssel – ключ – 主キー';

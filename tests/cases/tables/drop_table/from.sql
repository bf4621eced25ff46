CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text
);
CREATE INDEX notes_body_idx ON notes (body);

-- create a single table from an empty database
CREATE TABLE notes (
    id integer NOT NULL,
    body text,
    created_at timestamptz NOT NULL DEFAULT now()
);

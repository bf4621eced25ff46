CREATE TABLE tasks (
    id integer PRIMARY KEY,
    title text NOT NULL,
    priority integer,
    state text,
    due_at timestamptz,
    tags text[]
);

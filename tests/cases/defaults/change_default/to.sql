-- change existing defaults to different values and expressions
CREATE TABLE tasks (
    id integer PRIMARY KEY,
    title text NOT NULL,
    priority integer DEFAULT 5,
    state text DEFAULT 'new',
    due_at timestamptz DEFAULT (now() + interval '1 day'),
    tags text[] DEFAULT ARRAY['inbox']
);

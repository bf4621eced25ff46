CREATE TABLE tasks (
    id integer PRIMARY KEY,
    title text NOT NULL,
    priority integer DEFAULT -1,
    state text DEFAULT 'open',
    due_at timestamptz DEFAULT (now() + interval '7 days'),
    tags text[] DEFAULT '{}'::text[]
);

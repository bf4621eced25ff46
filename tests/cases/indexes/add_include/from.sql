CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text,
    status text NOT NULL DEFAULT 'active',
    created_at timestamptz NOT NULL DEFAULT now(),
    profile jsonb,
    location point,
    tags text[],
    score integer,
    deleted_at timestamptz
);
CREATE INDEX users_status_idx ON users (status);

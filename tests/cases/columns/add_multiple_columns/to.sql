-- add several columns of different types in one migration
CREATE TABLE events (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    starts_at timestamptz,
    ends_at timestamptz,
    capacity integer,
    tags text[] NOT NULL DEFAULT '{}',
    metadata jsonb
);

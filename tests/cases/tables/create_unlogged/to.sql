-- create an UNLOGGED table (with a primary key and an index) from an empty database
CREATE UNLOGGED TABLE session_cache (
    key text PRIMARY KEY,
    value jsonb NOT NULL,
    expires_at timestamptz NOT NULL
);

CREATE INDEX session_cache_expires_at_idx ON session_cache (expires_at);

-- switch an existing UNLOGGED table to logged (ALTER TABLE ... SET LOGGED) with data present
CREATE TABLE session_cache (
    key text PRIMARY KEY,
    value jsonb NOT NULL,
    expires_at timestamptz NOT NULL
);

CREATE INDEX session_cache_expires_at_idx ON session_cache (expires_at);

-- add indexes on a table in a non-public schema
CREATE SCHEMA app;
CREATE TABLE app.sessions (
    id uuid PRIMARY KEY,
    user_id integer NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_id_idx ON app.sessions (user_id);
CREATE INDEX sessions_expires_at_idx ON app.sessions USING brin (expires_at);

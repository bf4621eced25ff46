CREATE SCHEMA app;
CREATE TABLE app.sessions (
    id uuid PRIMARY KEY,
    user_id integer NOT NULL,
    expires_at timestamptz NOT NULL
);

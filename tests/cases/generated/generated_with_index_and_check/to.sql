-- add a stored generated column that has an index and a CHECK constraint on it
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    email_domain text GENERATED ALWAYS AS (split_part(email, '@', 2)) STORED CHECK (email_domain <> '')
);
CREATE INDEX users_email_domain_idx ON users (email_domain);

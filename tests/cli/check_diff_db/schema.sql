CREATE TABLE users (
    id int PRIMARY KEY,
    email text,
    legacy text
);
CREATE INDEX users_email_idx ON users (email);
CREATE TABLE audit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz DEFAULT now());

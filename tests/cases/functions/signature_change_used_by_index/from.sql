CREATE FUNCTION norm(x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(x)) $$;
CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);
CREATE INDEX users_email_norm ON users (norm(email));

CREATE FUNCTION norm(x varchar) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(x)) $$;
CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);
CREATE INDEX users_email_norm ON users (norm(email));

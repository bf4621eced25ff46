CREATE DOMAIN email AS text NOT NULL DEFAULT 'nobody@example.com' CHECK (VALUE ~ '^[^@]+@[^@]+$');
CREATE TABLE people (id int PRIMARY KEY, email email);

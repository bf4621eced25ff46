CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('x');
CREATE TYPE mood AS ENUM ('a', 'b');
CREATE TABLE person (id int, feeling mood DEFAULT 'a'::mood CHECK (feeling <> 'b'::mood));

CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE FUNCTION split_name(IN full_name text, OUT first_name text, INOUT last_name text) LANGUAGE sql IMMUTABLE AS $f$ SELECT split_part(full_name, ' ', 1), coalesce(last_name, split_part(full_name, ' ', 2)) $f$;

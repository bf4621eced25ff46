CREATE FUNCTION next_code() RETURNS bigint LANGUAGE sql VOLATILE AS $$ SELECT (random() * 1000000)::bigint $$;
CREATE TABLE tickets (id int PRIMARY KEY, code bigint DEFAULT next_code(), title text NOT NULL);
COMMENT ON FUNCTION next_code() IS 'ticket codes';

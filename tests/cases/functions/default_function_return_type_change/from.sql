CREATE FUNCTION next_code() RETURNS integer LANGUAGE sql VOLATILE AS $$ SELECT (random() * 1000)::integer $$;
CREATE TABLE tickets (id int PRIMARY KEY, code bigint DEFAULT next_code(), title text NOT NULL);
COMMENT ON FUNCTION next_code() IS 'ticket codes';

CREATE FUNCTION answer() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 42 $$;
COMMENT ON FUNCTION answer() IS 'the answer';
CREATE PROCEDURE noop(x int) LANGUAGE sql AS $$ SELECT 1 $$;
COMMENT ON PROCEDURE noop(int) IS 'does nothing';

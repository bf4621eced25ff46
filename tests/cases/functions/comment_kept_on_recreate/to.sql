CREATE FUNCTION answer() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 42::bigint $$;
COMMENT ON FUNCTION answer() IS 'the answer';
CREATE PROCEDURE noop(y int) LANGUAGE sql AS $$ SELECT 1 $$;
COMMENT ON PROCEDURE noop(int) IS 'does nothing';

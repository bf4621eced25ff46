CREATE FUNCTION stats(x int[], OUT total bigint) LANGUAGE sql IMMUTABLE AS $$ SELECT sum(v) FROM unnest(x) v $$;

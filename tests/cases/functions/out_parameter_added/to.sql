CREATE FUNCTION stats(x int[], OUT total bigint, OUT n bigint) LANGUAGE sql IMMUTABLE AS $$ SELECT sum(v), count(*) FROM unnest(x) v $$;

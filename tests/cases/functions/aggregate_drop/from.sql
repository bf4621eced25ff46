CREATE FUNCTION longest_step(acc text, x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN length(x) > length(coalesce(acc, '')) THEN x ELSE acc END $$;
CREATE AGGREGATE longest(text) (SFUNC = longest_step, STYPE = text, SORTOP = >);

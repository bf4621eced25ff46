CREATE TABLE t (id int PRIMARY KEY);
CREATE FUNCTION first_step(acc text, x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(acc, x) $$;
CREATE FUNCTION first_final(acc text, x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT acc $$;
CREATE AGGREGATE first_in_order(ORDER BY text) (SFUNC = first_step, STYPE = text, FINALFUNC = first_final, FINALFUNC_EXTRA);

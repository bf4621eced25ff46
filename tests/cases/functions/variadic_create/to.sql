CREATE TABLE t (id int PRIMARY KEY);
CREATE FUNCTION max_of(VARIADIC xs int[]) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT max(x) FROM unnest(xs) x $$;
CREATE FUNCTION first_non_null(a anyelement, b anyelement) RETURNS anyelement LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(a, b) $$;

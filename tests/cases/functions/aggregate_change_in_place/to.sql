CREATE FUNCTION sum_step(acc numeric, x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT acc + coalesce(x, 0) $$;
CREATE FUNCTION sum_final(acc numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(acc, 2) $$;
CREATE AGGREGATE money_sum(numeric) (SFUNC = sum_step, STYPE = numeric, FINALFUNC = sum_final, INITCOND = '0', PARALLEL = SAFE);

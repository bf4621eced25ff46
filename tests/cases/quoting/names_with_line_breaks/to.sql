CREATE TABLE victim (id integer);
COMMENT ON TABLE victim IS E'a\nDROP TABLE IF EXISTS public.victim; --\r x\\''; DROP TABLE IF EXISTS public.victim; --';
CREATE TABLE "new */ $$ 'q' ""dq"" café   " (
    "c
DROP TABLE IF EXISTS public.victim; --" text
);

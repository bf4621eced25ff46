CREATE TABLE victim (id integer);
CREATE TABLE "z
DROP TABLE IF EXISTS public.victim; --" (id integer);
CREATE TABLE "rDROP TABLE IF EXISTS public.victim; --" (id integer);

CREATE TABLE public."line
break" (id int PRIMARY KEY, "col""quote" text, "new
col" int);
CREATE TABLE public."dollar$$body" (id int, "end*/comment" text DEFAULT '*/ $$ '' --');
CREATE TABLE public."ünïcödé 表" (id int, "emoji 🐘" text);
COMMENT ON TABLE public."dollar$$body" IS 'a comment with
a line break; DROP TABLE public."line
break"; -- and $$ and */';
CREATE INDEX "idx
x" ON public."ünïcödé 表" ("emoji 🐘");
CREATE TABLE public."-- not a comment" (id int);
COMMENT ON COLUMN public."-- not a comment".id IS E'\r\nDROP TABLE public."ünïcödé 表";';

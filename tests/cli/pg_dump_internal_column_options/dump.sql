-- pg_dump of a Debian PostgreSQL 15.20 database: every column carries the internal pg_attver option.
CREATE TABLE public.t (
    id integer NOT NULL,
    c text
);
ALTER TABLE ONLY public.t ALTER COLUMN id SET (pg_attver=1);
ALTER TABLE ONLY public.t ALTER COLUMN c SET (pg_attver=1);
ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);

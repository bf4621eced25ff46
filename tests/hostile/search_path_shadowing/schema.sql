CREATE SCHEMA app;
CREATE TABLE app.t (id int);
CREATE TABLE public.t (id int);
CREATE SEQUENCE app.s START 666;
CREATE SEQUENCE public.s START 1;
CREATE VIEW public.v AS SELECT id FROM public.t;
CREATE TABLE public.u (id int DEFAULT nextval('s'));

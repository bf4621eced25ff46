CREATE SCHEMA app;
CREATE TABLE app.t (id int);
CREATE TABLE t (id int);
CREATE FUNCTION first_id() RETURNS int LANGUAGE sql STABLE BEGIN ATOMIC SELECT min(id) FROM t; END;
CREATE FUNCTION legacy_first_id() RETURNS int LANGUAGE sql STABLE SET search_path = public AS 'SELECT min(id) FROM t';

CREATE SCHEMA app;
CREATE TABLE app.t (id int);
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT id FROM t;
CREATE VIEW app.v AS SELECT t.id FROM t JOIN app.t a ON a.id = t.id;

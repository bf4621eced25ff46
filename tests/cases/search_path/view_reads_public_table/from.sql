CREATE SCHEMA app;
CREATE TABLE app.t (id int);
CREATE TABLE t (id int);

\restrict k3y
\connect app
\set ON_ERROR_STOP on
\echo loading
CREATE TABLE t (id int);
\connect other
CREATE TABLE u (id int);
\unrestrict k3y

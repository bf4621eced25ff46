\restrict k3y
SET statement_timeout = 0;
\connect app
CREATE TABLE t (id int);
\unrestrict k3y

CREATE TABLE t (id int);
GRANT SELECT ON t TO sd_app;

\echo `touch /tmp/schemadiff-hostile-pwned`
CREATE TABLE t (id int);

CREATE TABLE t (id int);
\! touch /tmp/schemadiff-hostile-pwned

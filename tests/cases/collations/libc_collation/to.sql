CREATE COLLATION posix_c (provider = libc, locale = 'C');
CREATE TABLE t (id int PRIMARY KEY);

CREATE TABLE t (id int PRIMARY KEY, v int);
CREATE MATERIALIZED VIEW t_sum WITH (fillfactor=50) AS SELECT sum(v) AS total FROM t;

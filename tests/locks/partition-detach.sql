-- Probe for partition-detach: DETACH PARTITION (not CONCURRENTLY) takes ACCESS EXCLUSIVE on the partitioned table and
-- on the partition.
-- relation: m
-- relation: m2
CREATE TABLE m (id int NOT NULL, v text) PARTITION BY RANGE (id);
CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (1000);
CREATE TABLE m2 PARTITION OF m FOR VALUES FROM (1000) TO (2000);
INSERT INTO m SELECT g, 'v' || g FROM generate_series(0, 1999) g;
-- statement
ALTER TABLE m DETACH PARTITION m2;

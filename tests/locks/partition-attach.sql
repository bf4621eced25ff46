-- Probe for partition-attach: ATTACH PARTITION takes ACCESS EXCLUSIVE on the table being attached (SHARE UPDATE
-- EXCLUSIVE on the partitioned table) and scans it to check the bound (m3 has 1,000 rows and no CHECK).
-- relation: m3
CREATE TABLE m (id int NOT NULL, v text) PARTITION BY RANGE (id);
CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (1000);
INSERT INTO m SELECT g, 'v' || g FROM generate_series(0, 999) g;
CREATE TABLE m3 (id int NOT NULL, v text);
INSERT INTO m3 SELECT g, 'v' || g FROM generate_series(2000, 2999) g;
-- statement
ALTER TABLE m ATTACH PARTITION m3 FOR VALUES FROM (2000) TO (3000);

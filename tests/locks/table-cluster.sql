-- Probe for table-cluster: CLUSTER rewrites the table in index order under ACCESS EXCLUSIVE.
-- relation: t
-- statement
CLUSTER t USING t_c_idx;

-- Probe for index-reindex: REINDEX TABLE takes ACCESS EXCLUSIVE on each index of the table (SHARE on the table).
-- relation: t_c_idx
-- relation: t_x_idx
-- statement
REINDEX TABLE t;

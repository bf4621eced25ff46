-- Probe for index-reindex: REINDEX INDEX takes ACCESS EXCLUSIVE on the index (SHARE on its table) and builds it again.
-- relation: t_c_idx
-- statement
REINDEX INDEX t_c_idx;

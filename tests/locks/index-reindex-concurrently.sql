-- Probe for index-reindex-concurrently: SHARE UPDATE EXCLUSIVE on the table while a new copy of the index is built.
-- relation: t
-- min_server_version: 120000
-- statement
REINDEX INDEX CONCURRENTLY t_c_idx;

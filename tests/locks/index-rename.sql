-- Probe for index-rename: ALTER INDEX ... RENAME locks only the index (PostgreSQL >= 12).
-- relation: t_x_idx
-- min_server_version: 120000
-- statement
ALTER INDEX t_x_idx RENAME TO t_x_idx2;

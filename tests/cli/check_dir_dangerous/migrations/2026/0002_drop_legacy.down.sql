-- the rollback of 0002: not what CI gates
DROP TABLE audit_log;

CREATE TABLE keep (id int PRIMARY KEY);
CREATE TABLE audit_log (id bigint PRIMARY KEY, message text NOT NULL);
CREATE VIEW recent_audit AS SELECT id, message FROM audit_log WHERE id > 100;

-- Probe for view-recreate: DROP VIEW and CREATE VIEW in one transaction hold ACCESS EXCLUSIVE on the old view until
-- commit; the base table is only read (ACCESS SHARE).
-- relation: v
CREATE VIEW v AS SELECT id, i FROM t;
-- statement
DROP VIEW v;
CREATE VIEW v AS SELECT id, b FROM t;

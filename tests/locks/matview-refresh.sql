-- Probe for matview-refresh: REFRESH takes ACCESS EXCLUSIVE on the materialized view and fills new storage.
-- relation: mv
CREATE MATERIALIZED VIEW mv AS SELECT id, c FROM t;
-- statement
REFRESH MATERIALIZED VIEW mv;

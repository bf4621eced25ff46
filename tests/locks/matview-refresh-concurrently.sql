-- Probe for matview-refresh-concurrently: EXCLUSIVE on the view (reads go on), rows changed in place.
-- relation: mv
CREATE MATERIALIZED VIEW mv AS SELECT id, c FROM t;
CREATE UNIQUE INDEX mv_id ON mv (id);
-- statement
REFRESH MATERIALIZED VIEW CONCURRENTLY mv;

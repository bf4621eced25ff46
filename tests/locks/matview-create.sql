-- Probe for matview-create: CREATE MATERIALIZED VIEW ... WITH DATA runs its query (a scan) holding only ACCESS SHARE on
-- the tables it reads; its own new relation is the only one locked more strongly.
-- relation: t
-- statement
CREATE MATERIALIZED VIEW mv AS SELECT p_id, count(*) AS n FROM t GROUP BY p_id WITH DATA;

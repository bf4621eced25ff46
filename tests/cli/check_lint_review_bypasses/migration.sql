-- Forms a review showed lint softened wrongly; each keeps a class that fails the gate or is shown.
SET lock_timeout = '2s';
SET statement_timeout = '1h';
-- a partitioned table that takes in an existing table is not new: the index is built on events' rows
CREATE TABLE ev_p (id bigint, ts timestamptz, uid bigint) PARTITION BY RANGE (ts);
ALTER TABLE ev_p ATTACH PARTITION events FOR VALUES FROM (MINVALUE) TO ('2025-01-01');
CREATE INDEX ev_p_uid ON ev_p (uid);
-- CASCADE drops the foreign keys that reference the key: not a swap
ALTER TABLE users DROP CONSTRAINT users_pkey CASCADE, ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_new;
-- an old key nothing read shows: CAREFUL, not SAFE
ALTER TABLE orders DROP CONSTRAINT orders_pkey, ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_id_new;
-- a view rebuilt between a primary key's drop and a CHECK of the same name is no choreography
BEGIN;
ALTER TABLE t DROP CONSTRAINT t_pkey;
DROP VIEW v;
CREATE VIEW v AS SELECT 1 AS one;
ALTER TABLE t ADD CONSTRAINT t_pkey CHECK (id > 0) NOT VALID;
COMMIT;
-- CONCURRENTLY on a materialized view inside a transaction fails
CREATE MATERIALIZED VIEW mv AS SELECT 1 AS id;
BEGIN;
CREATE INDEX CONCURRENTLY mv_i ON mv (id);
COMMIT;

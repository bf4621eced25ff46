-- Probe for pk-add: ADD PRIMARY KEY builds the unique index under ACCESS EXCLUSIVE.
ALTER TABLE t DROP CONSTRAINT t_pkey;
-- statement
ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (id);

-- Probe for pk-add-using-index: ADD PRIMARY KEY USING INDEX adopts a unique index on a NOT NULL column.
ALTER TABLE t DROP CONSTRAINT t_pkey;
CREATE UNIQUE INDEX t_id_uq ON t (id);
-- statement
ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_uq;

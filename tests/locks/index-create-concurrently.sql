-- Probe for index-create-concurrently: CREATE INDEX CONCURRENTLY: run outside a transaction, observed while it waits for a writer.
-- statement
CREATE INDEX CONCURRENTLY t_b_idx ON t (b);

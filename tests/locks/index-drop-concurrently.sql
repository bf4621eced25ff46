-- Probe for index-drop-concurrently: DROP INDEX CONCURRENTLY: run outside a transaction, observed while it waits for a writer.
-- statement
DROP INDEX CONCURRENTLY t_x_idx;

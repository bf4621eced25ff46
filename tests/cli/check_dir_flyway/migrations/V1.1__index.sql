CREATE INDEX t_at_idx ON t (at);

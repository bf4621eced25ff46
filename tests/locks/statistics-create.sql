-- Probe for statistics-create: CREATE STATISTICS takes SHARE UPDATE EXCLUSIVE on the table.
-- statement
CREATE STATISTICS t_i_p_id ON i, p_id FROM t;

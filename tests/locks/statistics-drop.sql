-- Probe for statistics-drop: DROP STATISTICS takes SHARE UPDATE EXCLUSIVE on the table (ACCESS EXCLUSIVE on the
-- statistics object itself).
CREATE STATISTICS t_i_p_id ON i, p_id FROM t;
-- statement
DROP STATISTICS t_i_p_id;

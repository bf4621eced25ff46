-- Probe for index-drop: DROP INDEX takes ACCESS EXCLUSIVE on the table.
-- statement
DROP INDEX t_x_idx;

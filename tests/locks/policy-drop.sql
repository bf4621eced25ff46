-- Probe for policy-drop: DROP POLICY takes ACCESS EXCLUSIVE on the table.
CREATE POLICY t_positive ON t AS PERMISSIVE FOR SELECT TO PUBLIC USING (i > 0);
-- statement
DROP POLICY t_positive ON t;

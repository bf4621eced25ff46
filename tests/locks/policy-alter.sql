-- Probe for policy-alter: ALTER POLICY takes ACCESS EXCLUSIVE on the table.
CREATE POLICY t_positive ON t AS PERMISSIVE FOR SELECT TO PUBLIC USING (i > 0);
-- statement
ALTER POLICY t_positive ON t USING (i > 10);

-- Probe for policy-create: CREATE POLICY takes ACCESS EXCLUSIVE on the table.
-- statement
CREATE POLICY t_positive ON t AS PERMISSIVE FOR SELECT TO PUBLIC USING (i > 0);

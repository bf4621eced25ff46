CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL DEFAULT current_user, tenant int NOT NULL, body text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_all ON docs FOR SELECT USING (true);
CREATE POLICY docs_tenant ON docs AS PERMISSIVE FOR SELECT USING (tenant = 1);

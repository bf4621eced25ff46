CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL DEFAULT current_user, tenant int NOT NULL, body text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_read ON docs FOR SELECT TO PUBLIC USING (tenant = 1);

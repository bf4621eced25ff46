CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL DEFAULT current_user, tenant bigint NOT NULL, body text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_tenant ON docs FOR SELECT USING (tenant = 1);

CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL DEFAULT current_user, tenant int NOT NULL, body text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_select ON docs FOR SELECT USING (true);
CREATE POLICY docs_insert ON docs FOR INSERT WITH CHECK (owner = current_user);
CREATE POLICY docs_update ON docs FOR UPDATE USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY docs_delete ON docs FOR DELETE USING (owner = current_user);

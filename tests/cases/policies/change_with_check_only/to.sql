CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL DEFAULT current_user, tenant int NOT NULL, body text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_owner ON docs FOR UPDATE USING (owner = current_user) WITH CHECK (owner = current_user AND tenant > 0);

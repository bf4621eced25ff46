CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL DEFAULT current_user, body text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
ALTER TABLE docs FORCE ROW LEVEL SECURITY;
CREATE POLICY docs_read ON docs FOR SELECT USING (true);
CREATE POLICY docs_write ON docs FOR INSERT WITH CHECK (owner = current_user);

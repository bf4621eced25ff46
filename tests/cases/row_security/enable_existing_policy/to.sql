CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL DEFAULT current_user, body text);
CREATE POLICY docs_owner ON docs USING (owner = current_user);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;

CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL, tenant int);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_p ON docs USING (owner = current_user OR tenant = 0);

CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL DEFAULT current_user, body text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_app ON docs TO sd_app USING (true);

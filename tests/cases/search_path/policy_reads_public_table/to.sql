CREATE SCHEMA app;
CREATE TABLE app.allowed (id int);
CREATE TABLE allowed (id int);
CREATE TABLE doc (id int);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_read ON doc FOR SELECT USING (id IN (SELECT id FROM allowed));

CREATE TABLE docs (id int PRIMARY KEY, title text NOT NULL);
CREATE VIEW doc_titles WITH (security_invoker = true) AS SELECT id, title FROM docs;

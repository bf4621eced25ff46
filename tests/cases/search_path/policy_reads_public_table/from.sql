CREATE SCHEMA app;
CREATE TABLE app.allowed (id int);
CREATE TABLE allowed (id int);
CREATE TABLE doc (id int);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;

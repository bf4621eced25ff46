CREATE SCHEMA app;
CREATE TABLE app.members (tenant int NOT NULL, member text NOT NULL, PRIMARY KEY (tenant, member));
CREATE TABLE app.docs (id int PRIMARY KEY, tenant int NOT NULL);
ALTER TABLE app.docs ENABLE ROW LEVEL SECURITY;

CREATE SCHEMA app;
CREATE SCHEMA stats;
CREATE TABLE app.addresses (id int PRIMARY KEY, city text NOT NULL, zip text NOT NULL);

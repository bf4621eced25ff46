CREATE TABLE animals (id int NOT NULL, name text CHECK (name <> ''));
CREATE TABLE cats (lives int DEFAULT 9) INHERITS (animals);

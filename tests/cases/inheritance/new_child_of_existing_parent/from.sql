CREATE TABLE animals (id int NOT NULL, name text CHECK (name <> ''));

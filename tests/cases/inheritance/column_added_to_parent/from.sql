CREATE TABLE animals (id int NOT NULL, name text);
CREATE TABLE dogs (breed text) INHERITS (animals);

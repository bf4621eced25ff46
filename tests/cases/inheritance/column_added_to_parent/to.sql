CREATE TABLE animals (id int NOT NULL, name text, born date);
CREATE TABLE dogs (breed text) INHERITS (animals);

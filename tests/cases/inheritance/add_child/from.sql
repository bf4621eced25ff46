CREATE TABLE vehicles (id int NOT NULL, wheels int CHECK (wheels > 0));
CREATE TABLE cars (doors int) INHERITS (vehicles);

CREATE TABLE vehicles (id int NOT NULL, wheels int CHECK (wheels > 0));
CREATE TABLE cars (id int NOT NULL, wheels int CONSTRAINT vehicles_wheels_check CHECK (wheels > 0), doors int);

CREATE DOMAIN posint AS int CONSTRAINT posint_check CHECK (VALUE > 0);
CREATE TABLE items (id int PRIMARY KEY, sizes posint[]);

CREATE DOMAIN posint AS int CHECK (VALUE > 0);
CREATE TABLE items (id int PRIMARY KEY, qty posint);

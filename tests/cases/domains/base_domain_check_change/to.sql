CREATE DOMAIN posint AS int CONSTRAINT posint_check CHECK (VALUE >= 1 AND VALUE <> 13);
CREATE DOMAIN small_posint AS posint CHECK (VALUE < 100);
CREATE TABLE items (id int PRIMARY KEY, q small_posint);

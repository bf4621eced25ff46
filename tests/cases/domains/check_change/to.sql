CREATE DOMAIN pct AS numeric(5,2) CONSTRAINT pct_range CHECK (VALUE >= 0 AND VALUE <= 150);
CREATE TABLE scores (id int PRIMARY KEY, p pct);

CREATE TABLE users (
  id int
);
CREATE TABL orders (id int);

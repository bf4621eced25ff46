-- change integer to text
CREATE TABLE t (
    id integer PRIMARY KEY,
    v text
);

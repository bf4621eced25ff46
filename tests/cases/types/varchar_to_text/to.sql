-- change varchar(100) to text
CREATE TABLE t (
    id integer PRIMARY KEY,
    v text
);

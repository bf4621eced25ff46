-- change varchar(30) to unbounded varchar
CREATE TABLE t (
    id integer PRIMARY KEY,
    v varchar
);

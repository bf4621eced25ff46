-- change text[] to varchar(10)[]
CREATE TABLE t (
    id integer PRIMARY KEY,
    v varchar(10)[]
);

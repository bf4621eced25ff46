-- change char(10) to varchar(10)
CREATE TABLE t (
    id integer PRIMARY KEY,
    v varchar(10)
);

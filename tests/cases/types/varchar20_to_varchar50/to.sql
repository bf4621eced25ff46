-- grow varchar(20) to varchar(50)
CREATE TABLE t (
    id integer PRIMARY KEY,
    v varchar(50)
);

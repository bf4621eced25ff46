-- change text to varchar(40); existing data is short enough
CREATE TABLE t (
    id integer PRIMARY KEY,
    v varchar(40)
);

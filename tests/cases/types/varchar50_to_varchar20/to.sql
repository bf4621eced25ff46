-- shrink varchar(50) to varchar(20); existing data fits
CREATE TABLE t (
    id integer PRIMARY KEY,
    v varchar(20)
);

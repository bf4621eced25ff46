-- change numeric(10,2) to numeric(12,4)
CREATE TABLE t (
    id integer PRIMARY KEY,
    v numeric(12,4)
);

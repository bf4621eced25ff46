-- change integer to numeric(12,2)
CREATE TABLE t (
    id integer PRIMARY KEY,
    v numeric(12,2)
);

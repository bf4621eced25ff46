-- change date to timestamp
CREATE TABLE t (
    id integer PRIMARY KEY,
    v timestamp
);

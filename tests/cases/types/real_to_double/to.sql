-- widen real to double precision
CREATE TABLE t (
    id integer PRIMARY KEY,
    v double precision
);

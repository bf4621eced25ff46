-- widen smallint to integer
CREATE TABLE t (
    id integer PRIMARY KEY,
    v integer
);

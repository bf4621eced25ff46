-- widen integer to bigint
CREATE TABLE t (
    id integer PRIMARY KEY,
    v bigint
);

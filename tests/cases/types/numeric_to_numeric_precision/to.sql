-- add precision/scale to an unconstrained numeric column
CREATE TABLE t (
    id integer PRIMARY KEY,
    v numeric(8,3)
);

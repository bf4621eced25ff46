CREATE TABLE t (
    a integer CHECK (a > 0),
    b integer,
    CONSTRAINT t_b_small CHECK (b < 10)
);

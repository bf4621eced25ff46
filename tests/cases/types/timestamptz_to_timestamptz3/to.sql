-- reduce timestamptz precision to timestamptz(3)
CREATE TABLE t (
    id integer PRIMARY KEY,
    v timestamptz(3)
);

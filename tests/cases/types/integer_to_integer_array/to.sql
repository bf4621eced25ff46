-- change integer to integer[] (needs USING ARRAY[v])
CREATE TABLE t (
    id integer PRIMARY KEY,
    v integer[]
);

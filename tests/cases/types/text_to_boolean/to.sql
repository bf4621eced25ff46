-- change text to boolean with convertible data (needs USING)
CREATE TABLE t (
    id integer PRIMARY KEY,
    v boolean
);

CREATE TABLE a (
    id integer PRIMARY KEY
);
CREATE TABLE b (
    x integer,
    y integer,
    CONSTRAINT b_pk PRIMARY KEY (x, y)
);

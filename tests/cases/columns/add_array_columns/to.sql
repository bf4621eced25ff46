-- add array columns: text[], integer[], varchar(10)[] and a two-dimensional numeric array
CREATE TABLE documents (
    id integer PRIMARY KEY,
    tags text[],
    scores integer[] NOT NULL DEFAULT '{}',
    codes varchar(10)[],
    matrix numeric[][]
);

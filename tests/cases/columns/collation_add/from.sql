CREATE TABLE words (
    id integer PRIMARY KEY,
    word text NOT NULL,
    code varchar(20)
);

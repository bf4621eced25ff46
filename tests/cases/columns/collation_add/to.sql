-- add an explicit COLLATE "C" to columns that used the default collation
CREATE TABLE words (
    id integer PRIMARY KEY,
    word text COLLATE "C" NOT NULL,
    code varchar(20) COLLATE "C"
);

CREATE TABLE words (
    id integer PRIMARY KEY,
    word text COLLATE "POSIX" NOT NULL,
    code varchar(20) COLLATE "C"
);

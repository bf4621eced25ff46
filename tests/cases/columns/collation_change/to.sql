-- change a column collation from "C" to "POSIX"
CREATE TABLE words (
    id integer PRIMARY KEY,
    word text COLLATE "POSIX" NOT NULL,
    code varchar(20) COLLATE "C"
);

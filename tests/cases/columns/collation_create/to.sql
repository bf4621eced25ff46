-- create text columns with explicit COLLATE "C" and COLLATE "POSIX"
CREATE TABLE words (
    id integer PRIMARY KEY,
    word text COLLATE "C" NOT NULL,
    sort_key varchar(50) COLLATE "POSIX",
    plain text
);

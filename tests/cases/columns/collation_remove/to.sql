-- remove explicit collations so the columns use the database default again
CREATE TABLE words (
    id integer PRIMARY KEY,
    word text NOT NULL,
    code varchar(20)
);

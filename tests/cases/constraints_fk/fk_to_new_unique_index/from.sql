CREATE TABLE parent (id integer PRIMARY KEY, code text);
CREATE TABLE child (id integer PRIMARY KEY, code text);

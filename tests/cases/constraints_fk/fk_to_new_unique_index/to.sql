-- a new foreign key references the columns of a new unique index: the index is built first
CREATE TABLE parent (id integer PRIMARY KEY, code text);
CREATE UNIQUE INDEX parent_code_uidx ON parent (code);
CREATE TABLE child (id integer PRIMARY KEY, code text CONSTRAINT child_code_fkey REFERENCES parent (code));

CREATE TABLE files (
    name text PRIMARY KEY
);

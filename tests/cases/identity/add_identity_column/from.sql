CREATE TABLE legacy (
    code text PRIMARY KEY
);

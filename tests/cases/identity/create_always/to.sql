-- create a table with a GENERATED ALWAYS AS IDENTITY primary key
CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL
);

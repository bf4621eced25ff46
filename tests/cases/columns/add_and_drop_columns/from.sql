CREATE TABLE profiles (
    id integer PRIMARY KEY,
    first_name text,
    last_name text,
    bio text
);

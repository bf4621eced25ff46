-- add some columns and drop others in the same table
CREATE TABLE profiles (
    id integer PRIMARY KEY,
    display_name text,
    bio text,
    avatar_url text
);

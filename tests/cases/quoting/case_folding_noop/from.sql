CREATE TABLE Users (
    ID integer PRIMARY KEY,
    Name text,
    CreatedAt timestamptz
);
CREATE INDEX Users_Name_Idx ON USERS (NAME);

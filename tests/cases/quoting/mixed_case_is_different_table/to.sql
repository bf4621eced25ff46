-- a quoted "Users" table is a different table from unquoted users: drop users and create "Users"
CREATE TABLE "Users" (
    "Id" integer PRIMARY KEY,
    "Name" text
);

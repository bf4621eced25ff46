-- unquoted mixed-case names fold to lower case; from.sql writes Users/ID/Name unquoted, to.sql writes "users"/"id"/"name" quoted; the migration must be empty
CREATE TABLE "users" (
    "id" integer PRIMARY KEY,
    "name" text,
    "createdat" timestamptz
);
CREATE INDEX "users_name_idx" ON "users" ("name");

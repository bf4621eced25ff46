CREATE TABLE "user" (
    "id" integer PRIMARY KEY,
    "default" text
);

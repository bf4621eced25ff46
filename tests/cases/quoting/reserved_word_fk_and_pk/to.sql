-- add a table named "group" with an FK column "user" referencing table "user" via a constraint named "fk"
CREATE TABLE "user" (
    "id" integer PRIMARY KEY,
    "default" text
);
CREATE TABLE "group" (
    "id" integer,
    "user" integer,
    "check" boolean DEFAULT true,
    CONSTRAINT "primary" PRIMARY KEY ("id"),
    CONSTRAINT "fk" FOREIGN KEY ("user") REFERENCES "user" ("id"),
    CONSTRAINT "check" CHECK ("check" IS NOT NULL)
);
CREATE INDEX "index" ON "group" ("user");

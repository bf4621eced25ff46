-- change types, defaults and nullability of quoted columns
CREATE SCHEMA "My Schema";

CREATE TYPE "My Schema"."Ticket State" AS ENUM ('Open', 'in progress', 'won''t fix', 'has "double" quotes', 'DONE!');

CREATE SEQUENCE "My Schema"."Weird Seq" START WITH 10;

CREATE TABLE "My Schema"."UserAccounts" (
    "ID" integer PRIMARY KEY,
    "user" text NOT NULL,
    "select" boolean DEFAULT false,
    "order" integer DEFAULT nextval('"My Schema"."Weird Seq"'),
    "Default" text DEFAULT 'default',
    "we""ird" varchar(50),
    "column with spaces" varchar(200) NOT NULL DEFAULT '',
    CONSTRAINT "UserAccounts user unique" UNIQUE ("user"),
    CONSTRAINT "check ""order"" positive" CHECK ("order" > 0)
);

CREATE TABLE "order items" (
    "order" integer NOT NULL,
    "line" integer NOT NULL,
    "state" "My Schema"."Ticket State" NOT NULL DEFAULT 'in progress',
    "states" "My Schema"."Ticket State"[],
    "user" integer,
    CONSTRAINT "order items PK" PRIMARY KEY ("order", "line"),
    CONSTRAINT "order items -> UserAccounts" FOREIGN KEY ("user") REFERENCES "My Schema"."UserAccounts" ("ID") ON DELETE SET NULL
);

CREATE TABLE "user" (
    "select" integer PRIMARY KEY,
    "from" text,
    "table" text,
    "group" text
);

CREATE TABLE "we""ird" (
    "a""b" bigint,
    "UPPER" text,
    "MixedCase" text
);

CREATE INDEX "Order Items By User" ON "order items" ("user");
CREATE UNIQUE INDEX "we""ird index" ON "we""ird" ("a""b") WHERE "UPPER" IS NOT NULL;
CREATE INDEX "user lower(from)" ON "user" (lower("from"));

COMMENT ON SCHEMA "My Schema" IS 'Schema with a space';
COMMENT ON TABLE "order items" IS 'Table with a space';
COMMENT ON COLUMN "we""ird"."a""b" IS 'Column with a quote';
COMMENT ON CONSTRAINT "order items PK" ON "order items" IS 'Quoted constraint';
COMMENT ON TYPE "My Schema"."Ticket State" IS 'Labels with spaces, quotes and upper case';

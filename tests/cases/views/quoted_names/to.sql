CREATE TABLE "Order Items" ("Id" int PRIMARY KEY, "select" text NOT NULL, "Unit Price" numeric NOT NULL);
CREATE VIEW "Expensive Items" AS SELECT "Id", "select" AS "from", "Unit Price" FROM "Order Items" WHERE "Unit Price" > 100;
CREATE SCHEMA "order";
CREATE VIEW "order"."Cheap" AS SELECT "Id" AS "ID" FROM "Order Items" WHERE "Unit Price" <= 100;

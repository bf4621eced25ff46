CREATE TABLE "Order Items" ("Id" int PRIMARY KEY, "select" text NOT NULL, "Unit Price" numeric NOT NULL);
CREATE VIEW "Expensive Items" AS SELECT "Id", "select" FROM "Order Items" WHERE "Unit Price" > 100;

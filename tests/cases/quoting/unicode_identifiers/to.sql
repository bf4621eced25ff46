-- create a schema, table, columns and index with non-ASCII identifiers (quoted and unquoted)
CREATE SCHEMA "données";
CREATE TABLE "données".café (
    "ключ" integer PRIMARY KEY,
    "Größe" numeric,
    名前 text
);
CREATE INDEX "café_名前_idx" ON "données".café (名前);

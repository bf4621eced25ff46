-- add a new GENERATED ALWAYS AS IDENTITY column to a table with rows (existing rows get values)
CREATE TABLE legacy (
    code text PRIMARY KEY,
    id bigint GENERATED ALWAYS AS IDENTITY
);

-- a table disappears from public and a table with the same name appears in schema archive
CREATE SCHEMA archive;

CREATE TABLE archive.logs (
    id bigint PRIMARY KEY,
    message text NOT NULL
);

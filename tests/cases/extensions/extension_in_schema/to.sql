-- install an extension into a dedicated schema (WITH SCHEMA) and use its type schema-qualified
CREATE SCHEMA extensions;
CREATE EXTENSION citext WITH SCHEMA extensions;

CREATE TABLE tags (
    id integer PRIMARY KEY,
    name extensions.citext NOT NULL
);

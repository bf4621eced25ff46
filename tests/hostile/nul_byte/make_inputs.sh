# Files with a NUL byte: libpg_query read up to it and took it for the end of the file.
printf 'CREATE TABLE a (id int);\0\nCREATE TABLE b (id int);\n' > "$TMP/schema.sql"
printf 'SELECT 1;\0\nALTER TABLE users DROP COLUMN a;\n' > "$TMP/migration.sql"

# Latin-1 and broken UTF-8 sequences in a schema file, a migration file and an allow file.
printf "CREATE TABLE a (id int);\nCOMMENT ON TABLE a IS 'caf\xe9';\n" > "$TMP/schema.sql"
printf "SELECT '\xed\xa0\x80';\nALTER TABLE users DROP COLUMN a;\n" > "$TMP/migration.sql"
printf 'ALTER TABLE users DROP COLUMN a;\n' > "$TMP/drop.sql"
printf '{"version": 1,\n "allow": [{"rule": "column-drop", "object": "public.users.a", "reason": "ok\xff", "approver": "me"}]}\n' > "$TMP/allow.json"

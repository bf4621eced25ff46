# 5,000 chained operators in a CHECK: a schema file, a migration file, and a database that holds it (PostgreSQL
# accepts it); 30,000 in a migration (past libpg_query's own conversion, which overflowed before anything else).
chain() { printf 'x'; for ((i = 0; i < $1; i++)); do printf ' + 1'; done; }
printf 'CREATE TABLE t (\n  x int,\n  CONSTRAINT c CHECK (%s > 0)\n);\n' "$(chain 5000)" > "$TMP/schema.sql"
printf "SET lock_timeout = '2s';\nALTER TABLE t ADD CONSTRAINT c CHECK (%s > 0);\n" "$(chain 30000)" > "$TMP/migration.sql"
printf 'CREATE TABLE t (x int, CONSTRAINT c CHECK (%s > 0));\n' "$(chain 5000)" > "$TMP/db.sql"
printf 'CREATE TABLE t (x int);\nCREATE VIEW v AS SELECT x FROM t;\n' > "$TMP/plain.sql"

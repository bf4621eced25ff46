# One ALTER TABLE with 20,000 ADD COLUMN actions (79 s and 9.6 GB before), 100,000 one-line statements on one table
# (85 s), and a schema file with one 20,000-column table.
{
    printf "SET lock_timeout = '2s';\nALTER TABLE t\n"
    for ((i = 0; i < 19999; i++)); do printf '  ADD COLUMN c%d int,\n' $i; done
    printf '  ADD COLUMN c19999 int;\n'
} > "$TMP/one_alter.sql"
{
    printf "SET lock_timeout = '2s';\n"
    for ((i = 0; i < 100000; i++)); do printf 'ALTER TABLE t ADD COLUMN c%d int;\n' $i; done
} > "$TMP/lines.sql"
{
    printf 'CREATE TABLE wide (\n'
    for ((i = 0; i < 19999; i++)); do printf '  c%d int,\n' $i; done
    printf '  c19999 int\n);\n'
} > "$TMP/wide.sql"

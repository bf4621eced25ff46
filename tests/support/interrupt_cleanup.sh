#!/usr/bin/env bash
# An interrupted schemadiff leaves no scratch database behind: a diff of a schema file with views, interrupted
# (SIGINT, then again with SIGTERM) while the file loads into its scratch database, must exit with 128 + the signal
# and leave no database named schemadiff_scratch_<its pid>_*. Skipped (77) without PG* variables.
set -uo pipefail
bin=$1
[[ -n ${PGHOST:-}${PGPORT:-} ]] || { echo "skipped: no PG* variables"; exit 77; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# Big enough that loading takes seconds: 3,000 tables, each with a view.
for i in $(seq 1 3000); do
    printf 'CREATE TABLE t%d (id int PRIMARY KEY, a text, b int);\nCREATE VIEW v%d AS SELECT a, b FROM t%d;\n' "$i" "$i" "$i"
done >"$TMP/schema.sql"
server="host=${PGHOST:-localhost} port=${PGPORT:-5432} user=${PGUSER:-postgres} dbname=postgres"
scratch_of() { psql -X -A -t -d postgres -c "SELECT count(*) FROM pg_database WHERE datname LIKE 'schemadiff\_scratch\_$1\_%'"; }
fail=0
for signal in INT TERM; do
    "$bin" diff --from "$TMP/schema.sql" --to "$TMP/schema.sql" --dev-db "$server" >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 1 200); do  # until a scratch database exists (at most 20 s)
        [[ $(scratch_of "$pid") -gt 0 ]] && break
        sleep 0.1
    done
    if [[ $(scratch_of "$pid") -eq 0 ]]; then echo "SIG$signal: no scratch database appeared"; fail=1; kill "$pid"; wait "$pid"; continue; fi
    sleep 0.5
    kill -s "$signal" "$pid"
    wait "$pid"
    code=$?
    expected=$((128 + $(kill -l "$signal")))
    [[ $code == "$expected" ]] || { echo "SIG$signal: exit code $code, expected $expected"; fail=1; }
    left=$(scratch_of "$pid")
    [[ $left == 0 ]] || { echo "SIG$signal: $left scratch database(s) left behind"; fail=1; }
    [[ $fail == 0 ]] && echo "ok SIG$signal: exit $code, no scratch database left"
done
exit $fail

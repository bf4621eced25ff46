#!/usr/bin/env bash
# An interrupted schemadiff leaves no scratch database behind: a diff of a schema file with views, interrupted
# (SIGINT, then again with SIGTERM) while the file loads into its scratch database, must exit with 128 + the signal
# and leave no database named schemadiff_scratch_<its pid>_* and no role schemadiff_loader_<its pid>_*. The same
# with the default throwaway cluster: no server process and no folder left. Killed outright (SIGKILL), its throwaway
# server stops by itself and `schemadiff cleanup` removes the folder. Skipped (77) without PG* variables.
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
scratch_of() {
    psql -X -A -t -d postgres -c "SELECT (SELECT count(*) FROM pg_database WHERE datname LIKE 'schemadiff\_scratch\_$1\_%')
                                       + (SELECT count(*) FROM pg_roles WHERE rolname LIKE 'schemadiff\_loader\_$1\_%')"
}
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
# The default: a throwaway cluster of the live server's major version (the server under test: SCHEMADIFF_PG_BINDIR).
live="host=${PGHOST:-localhost} port=${PGPORT:-5432} user=${PGUSER:-postgres} dbname=postgres"
cluster_of() { pgrep -f "schemadiff-cluster-[^ ]*/data -k" -P "$1" 2>/dev/null | head -1; }  # the postmaster (not initdb)
for signal in INT KILL; do
    "$bin" diff --from "$live" --to "$TMP/schema.sql" >/dev/null 2>&1 &
    pid=$!
    server=""
    for _ in $(seq 1 200); do
        server=$(cluster_of "$pid")
        [[ -n $server ]] && break
        sleep 0.1
    done
    if [[ -z $server ]]; then echo "SIG$signal: no throwaway server appeared"; fail=1; kill "$pid"; wait "$pid"; continue; fi
    sleep 1
    # Its folder, from its command line (other tests may start throwaway clusters meanwhile).
    folder=$(ps -o args= -p "$server" | sed -nE 's|.* -D ([^ ]*)/data .*|\1|p')
    kill -s "$signal" "$pid"
    wait "$pid"
    code=$?
    for _ in $(seq 1 100); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$server" 2>/dev/null; then echo "SIG$signal: the throwaway server $server still runs"; fail=1; kill -9 "$server"; fi
    if [[ $signal == INT ]]; then
        [[ $code == 130 ]] || { echo "SIGINT: exit code $code, expected 130"; fail=1; }
        [[ -n $folder && ! -e $folder ]] || { echo "SIGINT: the cluster folder '$folder' is left"; fail=1; }
    else
        [[ -n $folder && -e $folder ]] || { echo "SIGKILL: expected the folder to stay for cleanup"; fail=1; }
        "$bin" cleanup >"$TMP/cleanup.out" 2>&1
        [[ ! -e $folder ]] || { echo "SIGKILL: schemadiff cleanup left $folder: $(cat "$TMP/cleanup.out")"; fail=1; }
    fi
    [[ $fail == 0 ]] && echo "ok SIG$signal with a throwaway cluster: server stopped, folder removed"
done
exit $fail

#!/usr/bin/env bash
# Validate the migration test cases under tests/cases/<kind>/<name>/.
#
# For every case:
#   1. fresh database: load from.sql (if present), then data.sql (if present)
#   2. fresh database: load to.sql, then data.sql (if present)
#   3. from.sql and to.sql must differ
#
# Connection settings come from the usual libpq environment variables
# (PGHOST, PGPORT, PGUSER, ...).  The role must be allowed to create databases.
#
# Usage: tests/cases/validate.sh [case-dir-or-glob ...]
#   with no arguments every case below this directory is checked.
set -u

here="$(cd "$(dirname "$0")" && pwd)"
PSQL="${PSQL:-psql}"
CREATEDB="${CREATEDB:-createdb}"
DROPDB="${DROPDB:-dropdb}"
dbname="schemadiff_validate_$$"

if [ "$#" -gt 0 ]; then
    cases=("$@")
else
    cases=()
    for d in "$here"/*/*/; do
        [ -f "$d/to.sql" ] && cases+=("${d%/}")
    done
fi

load() { # load <file>...
    local f
    for f in "$@"; do
        "$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$dbname" -f "$f" >/dev/null 2>"$tmp/err" || {
            echo "    failed loading $(basename "$f"):"; sed 's/^/      /' "$tmp/err"; return 1; }
    done
}

fresh() {
    "$DROPDB" --if-exists "$dbname" 2>/dev/null
    "$CREATEDB" "$dbname" || { echo "createdb failed" >&2; exit 2; }
}

tmp="$(mktemp -d)"
trap '"$DROPDB" --if-exists "$dbname" 2>/dev/null; rm -rf "$tmp"' EXIT

pass=0; fail=0; failed=()
for c in "${cases[@]}"; do
    c="${c%/}"
    name="${c#"$here"/}"
    ok=1
    if [ ! -f "$c/to.sql" ]; then
        echo "FAIL $name: missing to.sql"; ok=0
    else
        data=(); [ -f "$c/data.sql" ] && data=("$c/data.sql")
        fresh
        if [ -f "$c/from.sql" ]; then
            load "$c/from.sql" "${data[@]}" || { echo "FAIL $name: from.sql${data:+ + data.sql}"; ok=0; }
        elif [ "${#data[@]}" -gt 0 ]; then
            echo "FAIL $name: data.sql without from.sql"; ok=0
        fi
        fresh
        load "$c/to.sql" "${data[@]}" || { echo "FAIL $name: to.sql${data:+ + data.sql}"; ok=0; }
        if [ -f "$c/from.sql" ] && cmp -s "$c/from.sql" "$c/to.sql"; then
            echo "FAIL $name: from.sql and to.sql are identical"; ok=0
        fi
    fi
    if [ "$ok" = 1 ]; then pass=$((pass+1)); [ -n "${VERBOSE:-}" ] && echo "ok   $name"
    else fail=$((fail+1)); failed+=("$name"); fi
done

echo "validated $((pass+fail)) cases: $pass passed, $fail failed"
[ "$fail" -eq 0 ] || { printf '  %s\n' "${failed[@]}"; exit 1; }

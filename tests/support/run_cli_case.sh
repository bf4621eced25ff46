#!/usr/bin/env bash
# Runs one CLI case: tests/cli/<name>/args (shell words; $CASE, $TMP and $DB expand), expected.exit, and optionally:
#   expected.stdout        stdout, exactly
#   expected.stdout_lines  every line must appear in stdout
#   expected.stderr        every line must appear in stderr
#   expected.absent        no line may appear in stdout or stderr (passwords and other secrets)
#   expected.files         names (globs) that must exist in $TMP/out afterwards, or "none"
#   expected.out_lines     every line must appear in a file written to $TMP/out
#   expected.tree          the exact sorted `find . -mindepth 1 -printf "%p %y\n"` of $TMP/out (path and type)
#   setup                  sourced (bash) before the run, with $CASE, $TMP and $DB set: creates files, exports variables
# A case with a file `needs_db` gets a scratch database in $DB (loaded with db.sql when present) and is skipped (77)
# without PG*.
set -uo pipefail
bin=$1 CASE=$2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"; [[ -n ${dbname:-} ]] && psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $dbname" >/dev/null 2>&1' EXIT
DB=""
if [[ -f $CASE/needs_db ]]; then
    [[ -n ${PGHOST:-}${PGPORT:-} ]] || { echo "skipped: no PG* variables"; exit 77; }
    dbname="sdcli_$(basename "$CASE" | tr -c 'a-z0-9_\n' '_')_$$"
    psql -X -q -d postgres -c "CREATE DATABASE $dbname" >/dev/null || exit 1
    [[ -f $CASE/db.sql ]] && { psql -X -q -v ON_ERROR_STOP=1 -d "$dbname" -f "$CASE/db.sql" >/dev/null || exit 1; }
    DB="postgresql:///$dbname?host=${PGHOST:-localhost}&port=${PGPORT:-5432}&user=${PGUSER:-postgres}"
fi
export CASE TMP DB
if [[ -f $CASE/setup ]]; then
    # shellcheck disable=SC1091
    . "$CASE/setup" || { echo "setup failed"; exit 1; }
fi
eval "set -- $(cat "$CASE/args")"
(cd "$CASE" && "$bin" "$@") >"$TMP/stdout" 2>"$TMP/stderr"
code=$?
fail=0
expected_exit=$(cat "$CASE/expected.exit")
if [[ $code != "$expected_exit" ]]; then echo "exit code $code, expected $expected_exit"; fail=1; fi
if [[ -f $CASE/expected.stdout ]] && ! diff -u "$CASE/expected.stdout" "$TMP/stdout"; then fail=1; fi
if [[ -f $CASE/expected.stderr ]]; then
    while IFS= read -r line; do
        [[ -z $line ]] && continue
        grep -qF -- "$line" "$TMP/stderr" || { echo "stderr lacks: $line"; fail=1; }
    done <"$CASE/expected.stderr"
fi
if [[ -f $CASE/expected.absent ]]; then  # no line may appear in stdout or stderr
    while IFS= read -r line; do
        [[ -z $line ]] && continue
        grep -qF -- "$line" "$TMP/stdout" "$TMP/stderr" && { echo "output contains: $line"; fail=1; }
    done <"$CASE/expected.absent"
fi
if [[ -f $CASE/expected.stdout_lines ]]; then  # every line must appear in stdout
    while IFS= read -r line; do
        [[ -z $line ]] && continue
        grep -qF -- "$line" "$TMP/stdout" || { echo "stdout lacks: $line"; fail=1; }
    done <"$CASE/expected.stdout_lines"
fi
if [[ -f $CASE/expected.files ]]; then  # names (globs) that must exist in $TMP/out afterwards, or "none"
    while IFS= read -r pattern; do
        if [[ $pattern == none ]]; then
            [[ -z $(ls -A "$TMP/out" 2>/dev/null) ]] || { echo "files were written: $(ls "$TMP/out")"; fail=1; }
        else
            compgen -G "$TMP/out/$pattern" >/dev/null || { echo "missing output $pattern"; fail=1; }
        fi
    done <"$CASE/expected.files"
fi
if [[ -f $CASE/expected.out_lines ]]; then  # every line must appear in a file written to $TMP/out
    while IFS= read -r line; do
        [[ -z $line ]] && continue
        grep -rqF -- "$line" "$TMP/out" 2>/dev/null || { echo "no file in out/ has: $line"; fail=1; }
    done <"$CASE/expected.out_lines"
fi
if [[ -f $CASE/expected.tree ]]; then
    diff -u "$CASE/expected.tree" <(cd "$TMP/out" 2>/dev/null && find . -mindepth 1 -printf "%p %y\n" | sort) || fail=1
fi
if ((fail)); then echo "--- stdout"; cat "$TMP/stdout"; echo "--- stderr"; cat "$TMP/stderr"; exit 1; fi
echo ok

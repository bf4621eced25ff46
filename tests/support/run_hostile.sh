#!/usr/bin/env bash
# Runs one case of the hostile-input corpus: tests/hostile/<name>/steps, one step per line, run in order from the
# case's folder. Words are shell words; $CASE (the case folder), $TMP (a scratch folder), $DB (the case's database
# URL) and $SERVER (the server's `postgres` database) expand.
#
#   # text                 a comment (the first one says what the attack is)
#   db FILE                load FILE into $DB with psql (a fresh database per case; without PG* the case is skipped)
#   gen SCRIPT             run SCRIPT with bash (TMP exported) to make inputs a file cannot hold (huge, generated)
#   run EXIT ARGS...       run schemadiff ARGS; its exit code must be EXIT (alternatives: 0|2). A crash (a signal,
#                          exit >= 128) always fails the case
#   env NAME=VALUE         set NAME in the environment of the following runs of schemadiff (not of psql)
#   stderr TEXT / stdout TEXT     the last run printed TEXT (the rest of the line, literally)
#   not TEXT               the last run printed TEXT nowhere
#   psql FILE              psql -v ON_ERROR_STOP=1 -f FILE on $DB (a glob: $TMP/out/*.up.sql); must succeed
#   assert SQL             a query on $DB that must return t
#   sql SQL                a statement run on $DB that must succeed (set up what a step needs)
#   nofile PATH            PATH must not exist (a side effect that must not have happened)
#
# After the last step, whatever the steps: no schemadiff_scratch_* database, no schemadiff_loader_* role and no role
# named pwned may exist on the server.
set -uo pipefail
bin=$1 CASE=$(cd "$2" && pwd)
TMP=$(mktemp -d)
cd "$CASE" || exit 1
chmod 755 "$TMP"
export TMP CASE
dbname=""
cleanup() {
    rm -rf "$TMP"
    [[ -n $dbname ]] && psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $dbname WITH (FORCE)" >/dev/null 2>&1
}
trap cleanup EXIT
fail() {
    echo "FAIL ($CASE/steps:$lineno): $*"
    failed=1
}

online=0
[[ -n ${PGHOST:-}${PGPORT:-} ]] && online=1
DB="" SERVER=""
if ((online)); then
    dbname="sdhostile_$(basename "$CASE" | tr -c 'a-z0-9_\n' '_')_$$"
    psql -X -q -d postgres -c "CREATE DATABASE $dbname" >/dev/null || exit 1
    DB="postgresql:///$dbname?host=${PGHOST:-localhost}&port=${PGPORT:-5432}&user=${PGUSER:-postgres}"
    SERVER="postgresql:///postgres?host=${PGHOST:-localhost}&port=${PGPORT:-5432}&user=${PGUSER:-postgres}"
elif grep -qE '^(db|psql|assert) ' "$CASE/steps" || grep -q '\$DB\|\$SERVER' "$CASE/steps"; then
    echo "skipped: no PG* variables"
    exit 77
fi
export DB SERVER

failed=0 lineno=0 last_out="" last_err="" run_env=()
while IFS= read -r line || [[ -n $line ]]; do
    lineno=$((lineno + 1))
    [[ -z ${line//[[:space:]]/} || $line =~ ^[[:space:]]*# ]] && continue
    verb=${line%% *}
    rest=${line#"$verb"}
    rest=${rest# }
    case $verb in
        db)
            eval "set -- $rest"
            psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -f "$1" >"$TMP/psql.log" 2>&1 || fail "loading $1: $(cat "$TMP/psql.log")"
            ;;
        gen)
            eval "set -- $rest"
            (cd "$CASE" && bash "$@") >"$TMP/gen.log" 2>&1 || fail "gen $*: $(cat "$TMP/gen.log")"
            ;;
        env)
            eval "set -- $rest"
            for word; do
                [[ $word =~ ^[A-Za-z_][A-Za-z0-9_]*= ]] && run_env+=("$word") || fail "env wants NAME=VALUE, not $word"
            done
            ;;
        run)
            expected=${rest%% *}
            args=${rest#"$expected"}
            eval "set -- $args"
            (cd "$CASE" && env "${run_env[@]}" "$bin" "$@") >"$TMP/stdout" 2>"$TMP/stderr"
            code=$?
            last_out=$(cat "$TMP/stdout") last_err=$(cat "$TMP/stderr")
            if ((code >= 128)); then
                fail "schemadiff $args crashed (exit $code): $last_err"
            elif [[ "|$expected|" != *"|$code|"* ]]; then
                fail "schemadiff $args exited $code, expected $expected; stderr: $last_err"
            fi
            ;;
        stderr) [[ $last_err == *"$rest"* ]] || fail "stderr lacks: $rest (stderr: $last_err)" ;;
        stdout) [[ $last_out == *"$rest"* ]] || fail "stdout lacks: $rest" ;;
        not) [[ $last_out$last_err != *"$rest"* ]] || fail "the output contains: $rest" ;;
        psql)
            eval "set -- $rest"
            [[ -f $1 ]] || { fail "no file $1"; continue; }
            psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -f "$1" >"$TMP/psql.log" 2>&1 || fail "psql -f $1: $(cat "$TMP/psql.log")"
            ;;
        assert)
            value=$(psql -X -At -d "$DB" -c "$rest" 2>&1)
            [[ $value == t ]] || fail "assert $rest: got $value"
            ;;
        sql)
            psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -c "$rest" >"$TMP/psql.log" 2>&1 || fail "sql $rest: $(cat "$TMP/psql.log")"
            ;;
        nofile)
            eval "set -- $rest"
            [[ ! -e $1 ]] || { fail "$1 exists"; rm -f "$1"; }
            ;;
        *) fail "unknown step: $verb" ;;
    esac
done <"$CASE/steps"

if ((online)); then
    left=$(psql -X -At -d postgres -c "SELECT string_agg(datname, ' ') FROM pg_database WHERE datname LIKE 'schemadiff\_scratch\_%'
                                     UNION ALL SELECT string_agg(rolname, ' ') FROM pg_roles
                                     WHERE rolname LIKE 'schemadiff\_loader\_%' OR rolname = 'pwned'" | tr -d '\n')
    [[ -z $left ]] || {
        lineno=end
        fail "left on the server: $left"
    }
fi
((failed)) && exit 1
echo ok

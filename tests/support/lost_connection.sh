#!/usr/bin/env bash
# A connection lost while generate reads the database names host, port and database (never the password), not
# libpqxx's "Could not obtain client encoding: not connected.". Repeatable: another session holds a lock on a catalog
# that the read needs (pg_description), so the read waits; its backend is then terminated, as a server that stops
# does. Skipped (77) without PG* variables or without the right to lock a catalog (superuser).
set -uo pipefail
bin=$1
[[ -n ${PGHOST:-}${PGPORT:-} ]] || { echo "skipped: no PG* variables"; exit 77; }
TMP=$(mktemp -d)
dbname="sdcli_lost_connection_$$"
locker_pid=""
trap '[[ -n $locker_pid ]] && kill "$locker_pid" 2>/dev/null; rm -rf "$TMP"; psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $dbname WITH (FORCE)" >/dev/null 2>&1' EXIT
[[ $(psql -X -A -t -d postgres -c "SELECT rolsuper FROM pg_roles WHERE rolname = current_user") == t ]] || {
    echo "skipped: locking a catalog needs a superuser"
    exit 77
}
psql -X -q -d postgres -c "CREATE DATABASE $dbname" >/dev/null || exit 1
psql -X -q -d "$dbname" -c "CREATE TABLE t (id int)" >/dev/null || exit 1
echo 'CREATE TABLE t (id int, a text);' >"$TMP/schema.sql"

# The lock is held until the locker's input closes.
mkfifo "$TMP/locker"
psql -X -q -d "$dbname" -v ON_ERROR_STOP=1 <"$TMP/locker" >"$TMP/locker.out" 2>&1 &
locker_pid=$!
exec {to_locker}>"$TMP/locker"
echo "BEGIN; LOCK TABLE pg_catalog.pg_description IN ACCESS EXCLUSIVE MODE; SELECT 'locked';" >&"$to_locker"
for _ in $(seq 1 100); do grep -q locked "$TMP/locker.out" && break; sleep 0.1; done
grep -q locked "$TMP/locker.out" || { echo "could not take the lock: $(cat "$TMP/locker.out")"; exit 1; }

url="postgresql://${PGUSER:-postgres}:Zq9LostPw@/$dbname?host=${PGHOST:-localhost}&port=${PGPORT:-5432}"
"$bin" generate --db "$url" --schema "$TMP/schema.sql" --out "$TMP/out" >"$TMP/stdout" 2>"$TMP/stderr" &
pid=$!
waiting() {
    psql -X -A -t -d postgres -c "SELECT count(*) FROM pg_stat_activity WHERE datname = '$dbname' AND wait_event_type = 'Lock'"
}
for _ in $(seq 1 200); do [[ $(waiting) -gt 0 ]] && break; sleep 0.1; done
[[ $(waiting) -gt 0 ]] || { echo "generate never waited for the lock"; kill "$pid"; exit 1; }
psql -X -q -A -t -d postgres -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                                 WHERE datname = '$dbname' AND wait_event_type = 'Lock'" >/dev/null
wait "$pid"
code=$?
echo "ROLLBACK;" >&"$to_locker"
exec {to_locker}>&-
wait "$locker_pid"
locker_pid=""

fail=0
[[ $code == 1 ]] || { echo "exit code $code, expected 1"; fail=1; }
expected="schemadiff: error: lost the connection to the database (host=${PGHOST:-localhost} port=${PGPORT:-5432} dbname=$dbname) while reading the catalog"
grep -qF -- "$expected" "$TMP/stderr" || { echo "stderr lacks: $expected"; fail=1; }
for absent in Zq9LostPw "client encoding"; do
    grep -qF -- "$absent" "$TMP/stdout" "$TMP/stderr" && { echo "output contains: $absent"; fail=1; }
done
[[ -e $TMP/out ]] && { echo "files were written: $(ls "$TMP/out")"; fail=1; }
if ((fail)); then echo "--- stderr"; cat "$TMP/stderr"; exit 1; fi
echo "ok: $(cat "$TMP/stderr")"

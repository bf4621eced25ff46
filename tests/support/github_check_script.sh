#!/usr/bin/env bash
# The script part of the GitHub workflow (scripts/ci/github-check.sh, used by docs/ci/github-actions.yml), run here as
# the workflow runs it: a folder with a dangerous migration fails with annotations, a SARIF log and the comment; a
# safe one passes; a folder without migrations is an error, not a pass.
# Usage: github_check_script.sh SCHEMADIFF REPO_ROOT
set -uo pipefail
bin=$1 root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { "$@" || { echo "FAIL: $*"; fail=1; }; }
script=$root/scripts/ci/github-check.sh

mkdir -p "$tmp/danger/migrations" "$tmp/safe/migrations" "$tmp/empty/migrations"
printf 'CREATE TABLE audit (id bigint);\n' >"$tmp/danger/migrations/1_audit.sql"
printf 'DROP TABLE legacy_orders;\n' >"$tmp/danger/migrations/2_drop.sql"
printf 'CREATE TABLE audit (id bigint);\nCREATE INDEX audit_id_idx ON audit (id);\n' >"$tmp/safe/migrations/1_audit.sql"

(cd "$tmp/danger" && SCHEMADIFF=$bin bash "$script" out migrations >stdout 2>stderr)
check test $? -eq 3
check grep -q '^::error file=migrations/2_drop.sql,line=1,col=1,title=table-drop::' "$tmp/danger/stdout"
check test "$(head -1 "$tmp/danger/out/schemadiff.md")" = '<!-- schemadiff:check -->'
check grep -q 'Failed' "$tmp/danger/out/schemadiff.md"
check /usr/bin/python3 -c '
import json, sys
log = json.load(open(sys.argv[1]))
results = log["runs"][0]["results"]
assert any(r["ruleId"] == "table-drop" for r in results), results
assert all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results)
' "$tmp/danger/out/schemadiff.sarif"

(cd "$tmp/safe" && SCHEMADIFF=$bin bash "$script" out migrations >stdout 2>stderr)
check test $? -eq 0
check grep -q 'Passed' "$tmp/safe/out/schemadiff.md"

(cd "$tmp/empty" && SCHEMADIFF=$bin bash "$script" out migrations >stdout 2>stderr)
check test $? -eq 1
check grep -q 'nothing was checked' "$tmp/empty/stderr"
check test ! -e "$tmp/empty/out/schemadiff.sarif"

((fail)) && exit 1
echo "ok: the workflow's script fails a dangerous folder, passes a safe one and refuses an empty one"

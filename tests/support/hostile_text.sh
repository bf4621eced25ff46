#!/usr/bin/env bash
# Text from a database or a file never escapes a comment or a report line (issue 12, item 1). A database holds
# `victim` (2 rows), `app`, and tables whose names hold a line break (LF, CR) followed by `DROP TABLE ... victim`;
# the schema file keeps victim and app, gives app a comment whose value holds the same, and adds a table whose name
# holds */, $$, quotes, U+2028 and non-ASCII letters. Then:
#   * generate, and psql -f the up file (with standard_conforming_strings off, as a legacy database may have it, so
#     that a backslash in the comment value must not end its literal): victim keeps its 2 rows, the plan is exactly
#     the expected operations, the new table and the comment have their exact names and text, and the database then
#     matches the schema file;
#     psql -f the down file brings the hostile tables back under their exact names, victim still untouched;
#   * inspect of a database whose name holds a line break, applied with psql: victim untouched;
#   * check, in plan mode and in lint mode with an allow file whose reason holds line breaks, in every --format: no
#     line of any report starts with the injected text, and the JSON formats parse;
#   * an inline acknowledgement whose reason holds ESC, U+2028, NEL and U+202E: never raw in a report;
#   * check of a SQL_ASCII database whose table name is not UTF-8, in the JSON formats and text.
# Skipped (77) without PG* variables.
set -uo pipefail
bin=$1
[[ -n ${PGHOST:-}${PGPORT:-} ]] || { echo "skipped: no PG* variables"; exit 77; }
TMP=$(mktemp -d)
db="sdhostile_$$"
evil_db=$'sdhostile\nDROP TABLE IF EXISTS public.victim; --'"$$"
ascii_db="sdhostile_ascii_$$"
trap 'rm -rf "$TMP"; psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP DATABASE IF EXISTS \"$evil_db\"" \
    -c "DROP DATABASE IF EXISTS $ascii_db" >/dev/null 2>&1' EXIT
fail=0
check() { if eval "$2"; then echo "ok $1"; else echo "FAIL $1"; fail=1; [[ -n ${3:-} ]] && cat -A "$3" | head -80; fi; }
sql() { psql -X -A -t -v ON_ERROR_STOP=1 -d "$db" -c "$1"; }
url="postgresql:///$db?host=${PGHOST:-localhost}&port=${PGPORT:-5432}&user=${PGUSER:-postgres}"

lf_name=$'z\nDROP TABLE IF EXISTS public.victim; --'
cr_name=$'r\rDROP TABLE IF EXISTS public.victim; --'
odd_name=$'new */ $$ \'q\' "dq" café \xe2\x80\xa8 \xc2\x85 ☃'  # U+2028, NEL
comment=$'a\nDROP TABLE IF EXISTS public.victim; --\r\\n x\\\'; DROP TABLE IF EXISTS public.victim; --'
psql -X -q -d postgres -c "CREATE DATABASE $db" >/dev/null || exit 1
psql -X -q -v ON_ERROR_STOP=1 -d "$db" >/dev/null <<EOF || exit 1
CREATE TABLE victim (id int);
INSERT INTO victim VALUES (1), (2);
CREATE TABLE app (id int);
CREATE TABLE "$lf_name" (id int);
CREATE TABLE "$cr_name" (id int);
EOF
odd_ident="\"${odd_name//\"/\"\"}\""
cat >"$TMP/schema.sql" <<EOF
CREATE TABLE victim (id int);
CREATE TABLE app (id int);
COMMENT ON TABLE app IS '${comment//\'/\'\'}';
CREATE TABLE $odd_ident (id int);
EOF

# generate, then run the up file as the README says
"$bin" generate --db "$url" --schema "$TMP/schema.sql" --out "$TMP/out" --name x --version 1 >"$TMP/generate.out" 2>&1 ||
    { echo "generate failed:"; cat "$TMP/generate.out"; exit 1; }
up="$TMP/out/1_x.up.sql" down="$TMP/out/1_x.down.sql"
check "the up file lists the four operations, one per comment line" \
    '[[ $(grep -c "^--   [0-9]*\. " "$up") == 4 ]] && grep -q "^--   [0-9]*\. DANGEROUS table-drop: drop_table public.\"z\\\\nDROP TABLE IF EXISTS public.victim; --\"$" "$up" &&
     grep -q "^--   [0-9]*\. DANGEROUS table-drop: drop_table public.\"r\\\\rDROP TABLE IF EXISTS public.victim; --\"$" "$up" &&
     grep -q "^--   [0-9]*\. SAFE table-create: create_table public.\"new \*/ \\$\\$ '"'"'q'"'"' \"\"dq\"\" café \\\\u2028 \\\\u0085 ☃\"$" "$up" &&
     grep -q "^--   [0-9]*\. SAFE comment-set: set_comment public.app$" "$up"'
check "no CR in the comments of the up file" '[[ $(grep -c $'"'"'^--.*\r'"'"' "$up") == 0 ]]'
PGOPTIONS="-c standard_conforming_strings=off" psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$up" >"$TMP/up.out" 2>&1 || { echo "FAIL psql -f up:"; cat "$TMP/up.out"; fail=1; }
check "victim keeps its 2 rows after the up file" '[[ $(sql "SELECT count(*) FROM victim") == 2 ]]'
check "the hostile tables are dropped, the new one has its exact name" \
    '[[ $(sql "SELECT string_agg(relname, '"'"','"'"' ORDER BY relname) FROM pg_class WHERE relkind = '"'"'r'"'"' AND relnamespace = '"'"'public'"'"'::regnamespace") == "app,${odd_name},victim" ]]'
check "the comment holds its exact text" '[[ $(sql "SELECT obj_description('"'"'app'"'"'::regclass) = \$\$${comment}\$\$") == t ]]'
check "the database now matches the schema file" '"$bin" diff --from "$url" --to "$TMP/schema.sql" | grep -qx "No changes."'
PGOPTIONS="-c standard_conforming_strings=off" psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$down" >"$TMP/down.out" 2>&1 || { echo "FAIL psql -f down:"; cat "$TMP/down.out"; fail=1; }
check "the down file brings the hostile tables back under their exact names, victim untouched" \
    '[[ $(sql "SELECT count(*) FROM pg_class WHERE relname IN (\$\$${lf_name}\$\$, \$\$${cr_name}\$\$)") == 2 && $(sql "SELECT count(*) FROM victim") == 2 ]]'

# inspect names its database in a comment
psql -X -q -d postgres -c "CREATE DATABASE \"$evil_db\"" >/dev/null || exit 1
"$bin" inspect --db "host=${PGHOST:-localhost} port=${PGPORT:-5432} user=${PGUSER:-postgres} dbname='$evil_db'" \
    --out "$TMP/inspect.sql" >"$TMP/inspect.out" 2>&1 || { echo "inspect failed:"; cat "$TMP/inspect.out"; exit 1; }
check "the inspect header is one comment line" '[[ $(grep -c "^--" "$TMP/inspect.sql") == 1 ]] && ! grep -q "^DROP" "$TMP/inspect.sql"'
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$TMP/inspect.sql" >/dev/null 2>&1
check "victim keeps its 2 rows after the inspect output" '[[ $(sql "SELECT count(*) FROM victim") == 2 ]]'

# check: the plan (the down state against the schema file again) and a linted migration with an allow file
# (an inline acknowledgement cannot hold a line break, a comment ends there: its reason holds the other controls)
inline_reason=$'INJECTED inline \e[2J\xe2\x80\xa8\xc2\x85\xe2\x80\xae <script> | `x`'  # ESC, U+2028, NEL, U+202E
cat >"$TMP/migration.sql" <<EOF
SET lock_timeout = '2s';
ALTER TABLE app DROP COLUMN id;
COMMENT ON TABLE app IS '${comment//\'/\'\'}';
-- schemadiff:allow table-drop reason="$inline_reason"
DROP TABLE victim;
EOF
cat >"$TMP/allow.json" <<'EOF'
{"version": 1, "allow": [{"rule": "column-drop", "object": "public.app.id",
  "reason": "ok\nINJECTED line\r::error::forged\n</details>\n# INJECTED heading", "approver": "al\nINJECTED"}]}
EOF
one_line_messages='
import json, sys
report = json.load(open(sys.argv[1]))
if "runs" in report:
    texts = [r["message"]["text"] for r in report["runs"][0]["results"]]
    texts += [s["justification"] for r in report["runs"][0]["results"] for s in r.get("suppressions", [])]
else:
    texts = [f["message"] for f in report["findings"]]
sys.exit(any("\n" in t or "\r" in t for t in texts))
'
for format in text json sarif github markdown; do
    for mode in plan lint; do
        if [[ $mode == plan ]]; then
            "$bin" check --db "$url" --schema "$TMP/schema.sql" --min-level safe --format "$format" >"$TMP/report" 2>&1
        else
            "$bin" check "$TMP/migration.sql" --allow-file "$TMP/allow.json" --min-level safe --format "$format" >"$TMP/report" 2>&1
        fi
        code=$?
        check "check $mode --format $format exits 0 or 3 ($code)" '[[ $code == 0 || $code == 3 ]]'
        # the lines of the report outside Markdown's fenced SQL blocks (a statement keeps its lines there)
        awk '/^```/ { fenced = !fenced; next } !fenced' "$TMP/report" >"$TMP/prose"
        check "check $mode --format $format: no line starts with injected text" \
            '! grep -qE "^(DROP TABLE|INJECTED|::error::forged|</details>.|# INJECTED)" "$TMP/prose" && ! grep -q $'"'"'\r'"'"' "$TMP/report"' "$TMP/prose"
        if [[ $format == json || $format == sarif ]]; then
            check "check $mode --format $format parses, each message on one line" 'python3 -c "$one_line_messages" "$TMP/report"'
        fi
        if [[ $format == github ]]; then
            check "check $mode --format github: one command per line, each message one line" \
                '[[ $(grep -cv "^::" "$TMP/report") == 2 ]] && ! grep -qE "%0A|%0D" "$TMP/report"'
        fi
        [[ $mode == lint ]] && check "check lint --format $format shows the reasons" \
            'grep -q "INJECTED line" "$TMP/report" && grep -q "INJECTED inline" "$TMP/report"'
        check "check $mode --format $format: no raw ESC, and no raw NEL, U+2028 or U+202E outside JSON strings" \
            '! grep -q $'"'"'\e'"'"' "$TMP/report" && { [[ $format == json || $format == sarif ]] || ! grep -qE $'"'"'\xe2\x80\xa8|\xc2\x85|\xe2\x80\xae'"'"' "$TMP/report"; }'
    done
done
# a SQL_ASCII database may hold names that are not UTF-8: the JSON formats still print (U+FFFD), the others \xNN
psql -X -q -d postgres -c "CREATE DATABASE $ascii_db ENCODING 'SQL_ASCII' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'" \
    >/dev/null || exit 1
printf 'CREATE TABLE "caf\xe9" (id int);\n' | PGCLIENTENCODING=SQL_ASCII psql -X -q -v ON_ERROR_STOP=1 -d "$ascii_db" || exit 1
echo 'CREATE TABLE other (id int);' >"$TMP/other.sql"
for format in json sarif text; do
    "$bin" check --db "${url/$db/$ascii_db}" --schema "$TMP/other.sql" --format "$format" >"$TMP/report" 2>&1
    code=$?
    check "check --format $format of a name that is not UTF-8 exits 3 ($code)" '[[ $code == 3 ]]'
done
check "the text report shows the byte as \\xe9" 'grep -qF "public.\"caf\\xe9\"" "$TMP/report"'
exit $fail

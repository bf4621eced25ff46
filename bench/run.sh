#!/usr/bin/env bash
# bench/run.sh: how fast schemadiff is, and how much memory it takes, on synthetic schemas of
# 100 to 10,000 tables. The brief asks for speed and memory targets met in a benchmark rather than
# in timed unit tests, so this is a script that anyone (or CI, by hand) can rerun and compare.
#
#   bash bench/run.sh [SIZE ...]          SIZE: S (100 tables), M (1,000), X (3,000), L (10,000), or LINT
#                                         default: S M X L LINT. Markdown on stdout, progress on stderr.
#
# For each size it generates the schema and its ~5%-changed twin with ../shared/bench/gen_schema.py,
# then times under /usr/bin/time -v (wall clock and peak RSS):
#   1. file->file `diff` of the two files (parse both + diff + plan);
#   2. loading the `from` file into an empty database with psql (PostgreSQL's cost, not ours);
#   3. `inspect --db` (introspection, writing the declarative file);
#   4. db->file `diff` and `generate` (introspect + parse + diff + plan + render up and down);
#   5. file->file self-diff, which must find no changes (asserted), and the db->file diff against
#      the file the database was loaded from, which must find none either (asserted).
# Each step runs SCHEMADIFF_BENCH_RUNS times (default 3); the table shows the median time and the
# largest RSS. The load runs once.
# LINT (issue 12, item 7) times `schemadiff check` on generated migration files: one ALTER TABLE with
# 5,000, 10,000 and 20,000 ADD COLUMN actions, 20,000 and 100,000 one-line ADD COLUMN statements on one
# table, and 20,000 and 100,000 one-line statements of 16 kinds (create, alter, comment, grant, drop);
# it fails when the cpu time per 1,000 statements or actions of the largest file of a kind is more than
# 1.5 times that of the smallest. It needs no database.
#
# Environment:
#   SCHEMADIFF_BENCH_RUNS       repetitions of each timed step (default 3)
#   SCHEMADIFF_BENCH_BUILD_DIR  Release build folder (default: <repo>/build-release; kept apart
#                               from build/, which scripts/test.sh configures as RelWithDebInfo)
#   SCHEMADIFF_BENCH_PG         PostgreSQL major for the throwaway cluster (default 15)
#   SCHEMADIFF_BENCH_GEN        the generator (default: <repo>/../shared/bench/gen_schema.py)
#   SCHEMADIFF_BENCH_KEEP=1     keep the work folder (schemas, outputs, time logs) and print its path
#   plus those of scripts/lib/pgcluster.sh.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
read -r -a requested <<<"${*:-S M X L LINT}"
sizes=() lint=0
for s in "${requested[@]}"; do
    if [[ $s == LINT ]]; then lint=1; else sizes+=("$s"); fi
done
runs=${SCHEMADIFF_BENCH_RUNS:-3}
build=${SCHEMADIFF_BENCH_BUILD_DIR:-$repo/build-release}
pg_version=${SCHEMADIFF_BENCH_PG:-15}
gen=${SCHEMADIFF_BENCH_GEN:-$repo/../shared/bench/gen_schema.py}
python=/usr/bin/python3
# shellcheck source=scripts/lib/pgcluster.sh
. "$repo/scripts/lib/pgcluster.sh"

log() { echo "bench: $*" >&2; }
die() {
    log "FAILED: $*"
    exit 1
}

declare -A table_count=([S]=100 [M]=1000 [X]=3000 [L]=10000)
for s in "${sizes[@]}"; do
    [[ -n ${table_count[$s]:-} ]] || die "unknown size '$s' (use S, M, X, L or LINT)"
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "SCHEMADIFF_BENCH_RUNS must be a positive number"
[[ -f $gen ]] || die "generator not found: $gen (the shared folder must sit beside the repository)"

# --- tools and build ------------------------------------------------------------------------
bash "$repo/scripts/install-deps.sh" >&2
if [[ ! -x /usr/bin/time || ! -x $python ]]; then
    sudo=()
    [[ $EUID -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q time python3 >&2
fi
if [[ $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt" 2>/dev/null) != Release ]]; then
    rm -rf "$build/CMakeCache.txt" "$build/CMakeFiles"
    cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >&2
fi
cmake --build "$build" --target schemadiff -j"$(nproc)" >&2
bin=$build/schemadiff
[[ -x $bin ]] || die "no binary at $bin"

# --- work folder and cluster ----------------------------------------------------------------
work=$(mktemp -d /tmp/schemadiff-bench.XXXXXX)
pgdir=$(mktemp -d /tmp/sdbench-pg.XXXXXX)
cleanup() {
    pgcluster_stop "$pgdir" || true
    if [[ ${SCHEMADIFF_BENCH_KEEP:-} == 1 ]]; then
        log "work folder kept: $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'cleanup; trap - EXIT; exit 130' INT
trap 'cleanup; trap - EXIT; exit 143' TERM
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if ((${#sizes[@]})); then
    pgcluster_start "$pg_version" "$pgdir" >&2 || die "the PostgreSQL $pg_version cluster did not start"
    dev=$(pgcluster_psql_url "$pgdir")
fi

# --- measuring ------------------------------------------------------------------------------
# measure ID CMD...: run CMD $runs times under /usr/bin/time -v, stdout to $work/ID.out, stderr to
# $work/ID.err. Sets m_secs (median wall seconds), m_cpu (median user+sys seconds), m_mb (largest
# max RSS, MB) and m_rc (exit code of the last run). `runs=1 measure ...` runs it once;
# `before_each=FUNCTION measure ...` calls FUNCTION (untimed) before each run.
measure() {
    local id=$1 i rc secs=() cpus=()
    shift
    m_mb=0
    for ((i = 0; i < runs; i++)); do
        rc=0
        [[ -z ${before_each:-} ]] || "$before_each"
        /usr/bin/time -v -o "$work/$id.time" "$@" >"$work/$id.out" 2>"$work/$id.err" || rc=$?
        secs+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {
            n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; print s }' "$work/$id.time")")
        cpus+=("$(awk -F': ' '/(User|System) time \(seconds\)/ { s += $2 } END { print s }' "$work/$id.time")")
        m_mb=$(awk -v best="$m_mb" '/Maximum resident set size/ {
            mb = $NF / 1024; printf "%.1f", (mb > best ? mb : best) }' "$work/$id.time")
    done
    m_rc=$rc
    m_secs=$(median "${secs[@]}")
    m_cpu=$(median "${cpus[@]}")
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# ops FILE: the number N of "N operation(s):" in a plan printed by diff/generate (0 for "No changes").
ops() {
    local n
    n=$(sed -nE '1s/^([0-9]+) operation\(s\):.*/\1/p' "$1")
    if [[ -n $n ]]; then
        echo "$n"
    elif grep -q '^No changes' "$1"; then
        echo 0
    else
        echo "?"
    fi
}

expect_rc() { # ID WANT: the last run of step ID exited WANT, else fail with its stderr
    if [[ $m_rc != "$2" ]]; then
        log "step $1 exited $m_rc (expected $2):"
        head -n 20 "$work/$1.err" >&2
        die "step $1"
    fi
}

cell() { printf '%.2f s (cpu %.2f) / %.0f MB' "$m_secs" "$m_cpu" "$m_mb"; }

# Baseline: the process with an (almost) empty schema on both sides, subtracted to get MB per table.
echo 'CREATE SCHEMA bench_empty;' >"$work/empty.sql"
measure baseline "$bin" diff --from "$work/empty.sql" --to "$work/empty.sql"
expect_rc baseline 0
base_mb=$m_mb

rows=() checks=() mem_rows=()
declare -A per_k_cpu per_k_mb
for s in "${sizes[@]}"; do
    n=${table_count[$s]}
    log "size $s ($n tables): generating"
    "$python" "$gen" --size "$s" --out "$work/gen" >"$work/$s.gen.txt"
    cp "$work/gen/$s.sql" "$work/$s.from.sql"
    cp "$work/gen/${s}_changed.sql" "$work/$s.to.sql"
    from=$work/$s.from.sql to=$work/$s.to.sql
    # Views, functions and triggers make schemadiff read the files through a scratch database (--dev-db).
    printf '%s views, %s functions, %s triggers' "$(grep -ciE '^CREATE (OR REPLACE )?VIEW' "$from")" \
        "$(grep -ciE '^CREATE (OR REPLACE )?FUNCTION' "$from")" "$(grep -ciE '^CREATE (CONSTRAINT )?TRIGGER' "$from")" \
        >"$work/$s.objects.txt"
    from_mb=$(awk -v b="$(stat -c %s "$from")" 'BEGIN { printf "%.1f", b / 1048576 }')

    log "size $s: file->file diff"
    measure "$s.ff" "$bin" diff --from "$from" --to "$to" --dev-db "$dev"
    expect_rc "$s.ff" 0
    ff="$(cell)" ff_secs=$m_secs ff_cpu=$m_cpu ff_mb=$m_mb n_ops=$(ops "$work/$s.ff.out")
    [[ $n_ops =~ ^[1-9][0-9]*$ ]] || die "size $s: file->file diff found no operations ($n_ops)"

    log "size $s: self-diff"
    measure "$s.self" "$bin" diff --from "$from" --to "$from" --exit-code --dev-db "$dev"
    expect_rc "$s.self" 0
    grep -qx 'No changes.' "$work/$s.self.out" || die "size $s: the self-diff printed something other than 'No changes.'"
    self="$(cell)"

    log "size $s: loading into PostgreSQL with psql"
    db=bench_${s,,}
    createdb "$db"
    url=$(pgcluster_psql_url "$pgdir" "$db")
    runs=1 measure "$s.load" psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$from"
    expect_rc "$s.load" 0
    load=$(printf '%.2f s' "$m_secs")

    log "size $s: inspect"
    measure "$s.inspect" "$bin" inspect --db "$url" --out "$work/$s.inspect.sql"
    expect_rc "$s.inspect" 0
    inspect="$(cell)"

    log "size $s: db->file diff"
    measure "$s.dbf" "$bin" diff --from "$url" --to "$to"
    expect_rc "$s.dbf" 0
    dbf="$(cell)" dbf_secs=$m_secs dbf_mb=$m_mb
    dbf_ops=$(ops "$work/$s.dbf.out")

    log "size $s: generate"
    clear_migrations() { rm -rf "$work/$s.mig"; } # generate refuses to overwrite a migration
    before_each=clear_migrations measure "$s.gen" "$bin" generate --db "$url" --schema "$to" --out "$work/$s.mig" --name bench --version 1
    expect_rc "$s.gen" 0
    [[ -s $work/$s.mig/1_bench.up.sql && -s $work/$s.mig/1_bench.down.sql ]] || die "size $s: generate wrote no up/down files"
    generate="$(cell)" gen_secs=$m_secs gen_mb=$m_mb

    # The database built from the file must read back as that file (parse == introspect at scale).
    log "size $s: db->file diff against the loaded file"
    runs=1 measure "$s.dbself" "$bin" diff --from "$url" --to "$from" --exit-code
    if [[ $m_rc != 0 ]]; then
        log "size $s: the database loaded from $s.from.sql differs from it ($(ops "$work/$s.dbself.out") operations):"
        head -n 40 "$work/$s.dbself.out" >&2
        die "size $s: parse and introspection disagree"
    fi

    # inspect's output must read back as the same schema.
    runs=1 measure "$s.roundtrip" "$bin" diff --from "$work/$s.inspect.sql" --to "$from" --exit-code --dev-db "$dev"
    [[ $m_rc == 0 ]] || die "size $s: inspect's output does not read back as the loaded file ($(ops "$work/$s.roundtrip.out") operations)"

    objects=$(cat "$work/$s.objects.txt")
    tables_cols=$(sed -nE 's/.*tables=([0-9]+) columns=([0-9]+) fks=([0-9]+) indexes=([0-9]+).*/\1 tables, \2 columns, \3 FKs, \4 indexes/p' "$work/$s.gen.txt")
    log "size $s: $tables_cols, $objects; ops $n_ops (db->file $dbf_ops)"
    ops_cell=$n_ops
    [[ $dbf_ops == "$n_ops" ]] || ops_cell="$n_ops (db->file: $dbf_ops)"
    rows+=("| $s | $n | $from_mb MB | $ops_cell | $ff | $load | $inspect | $dbf | $generate | $self |")

    # Memory above the empty-schema process, per 1,000 tables; time per 1,000 tables.
    per_k_mb[$s]=$(awk -v a="$gen_mb" -v b="$base_mb" -v n="$n" 'BEGIN { printf "%.1f", (a - b) * 1000 / n }')
    per_k_cpu[$s]=$(awk -v t="$ff_cpu" -v n="$n" 'BEGIN { printf "%.3f", t * 1000 / n }')
    dbf_per_k_secs=$(awk -v t="$dbf_secs" -v n="$n" 'BEGIN { printf "%.3f", t * 1000 / n }')
    ff_per_k=$(awk -v a="$ff_mb" -v b="$base_mb" -v n="$n" 'BEGIN { printf "%.1f", (a - b) * 1000 / n }')
    dbf_per_k=$(awk -v a="$dbf_mb" -v b="$base_mb" -v n="$n" 'BEGIN { printf "%.1f", (a - b) * 1000 / n }')
    mem_rows+=("| $s | $ff_per_k | $dbf_per_k | ${per_k_mb[$s]} | ${per_k_cpu[$s]} s | $dbf_per_k_secs s |")
    if [[ $s == L ]]; then
        for step in "db->file diff:$dbf_secs" "generate:$gen_secs" "file->file diff:$ff_secs"; do
            t=${step##*:}
            verdict=$(awk -v t="$t" 'BEGIN { print (t < 30 ? "PASS" : "FAIL") }')
            checks+=("- $verdict: 10,000-table ${step%%:*} in $(printf '%.1f' "$t") s (target: well under a minute, checked as < 30 s)")
        done
    fi
    # Keep the cluster small for the next size (the last one goes with the cluster).
    [[ $s == "${sizes[-1]}" ]] || psql -X -q -c "DROP DATABASE $db" >/dev/null
done

# Scaling: per-1,000-table time and memory of the largest size against the smallest >= M one.
small= large=
for s in "${sizes[@]}"; do
    ((${table_count[$s]} >= 1000)) || continue
    [[ -z $small ]] && small=$s
    large=$s
done
if [[ -n $small && $large != "$small" ]]; then
    checks+=("- $(awk -v a="${per_k_mb[$large]}" -v b="${per_k_mb[$small]}" 'BEGIN { print (a <= 1.25 * b ? "PASS" : "FAIL") }'): memory proportional to the schema: generate takes ${per_k_mb[$large]} MB per 1,000 tables at $large, ${per_k_mb[$small]} at $small (checked as at most 1.25x)")
    checks+=("- $(awk -v a="${per_k_cpu[$large]}" -v b="${per_k_cpu[$small]}" 'BEGIN { print (a <= 1.5 * b ? "PASS" : "FAIL") }'): time linear in the schema: the file->file diff takes ${per_k_cpu[$large]} cpu s per 1,000 tables at $large, ${per_k_cpu[$small]} at $small (checked as at most 1.5x)")
fi

# --- lint: `schemadiff check` on long migration files ----------------------------------------
lint_rows=()
if ((lint)); then
    log "lint: generating migration files"
    "$python" - "$work" <<'PY'
import sys
work = sys.argv[1]
for n in (5000, 10000, 20000):  # one statement, n actions
    with open(f"{work}/lint.alter.{n}.sql", "w") as f:
        f.write("SET lock_timeout = '2s';\nALTER TABLE t\n" + ",\n".join(f"  ADD COLUMN c{i} int" for i in range(n)) + ";\n")
for n in (20000, 100000):  # n statements on one table
    with open(f"{work}/lint.lines.{n}.sql", "w") as f:
        f.write("SET lock_timeout = '2s';\n")
        f.writelines(f"ALTER TABLE t ADD COLUMN c{i} int;\n" for i in range(n))
kinds = ["ALTER TABLE t ADD COLUMN c{i} int;", "CREATE INDEX i{i} ON t (c{b});", "CREATE SEQUENCE s{i};",
         "CREATE VIEW v{i} AS SELECT 1;", "COMMENT ON COLUMN t.c{b} IS 'x';",
         "ALTER TABLE t ADD CONSTRAINT k{i} CHECK (c{b} > 0);", "CREATE TYPE e{i} AS ENUM ('a');",
         "CREATE SCHEMA sc{i};", "CREATE FUNCTION f{i}() RETURNS int LANGUAGE sql AS 'SELECT 1';",
         "CREATE TABLE tt{i} (id int);", "ALTER SEQUENCE s{p2} INCREMENT BY 2;", "GRANT SELECT ON t TO r{i};",
         "DROP INDEX i{p1};", "DROP TABLE tt{p9};", "DROP SEQUENCE s{p2};", "DROP VIEW v{p3};"]
for n in (20000, 100000):  # n statements of 16 kinds, each drop naming an object created before it
    with open(f"{work}/lint.kinds.{n}.sql", "w") as f:
        for i in range(n):
            b = i - i % len(kinds)
            f.write(kinds[i % len(kinds)].format(i=i, b=b, p1=b + 1, p2=b + 2, p3=b + 3, p9=b + 9) + "\n")
PY
    declare -A lint_first_per_k lint_last_per_k lint_first_n lint_last_n
    for file in alter.5000 alter.10000 alter.20000 lines.20000 lines.100000 kinds.20000 kinds.100000; do
        kind=${file%%.*} n=${file#*.}
        log "lint: $kind $n"
        measure "lint.$file" "$bin" check "$work/lint.$file.sql" --format json --min-level safe
        [[ $m_rc == 0 || $m_rc == 3 ]] || { head -n 5 "$work/lint.$file.err" >&2; die "lint $file exited $m_rc"; }
        findings=$("$python" -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$work/lint.$file.out")
        per_k=$(awk -v t="$m_cpu" -v n="$n" 'BEGIN { printf "%.4f", t * 1000 / n }')
        size=$(awk -v b="$(stat -c %s "$work/lint.$file.sql")" 'BEGIN { printf "%.1f MB", b / 1048576 }')
        case $kind in
        alter) what="one ALTER TABLE with $n ADD COLUMN actions" ;;
        lines) what="$n one-line ADD COLUMN statements, one table" ;;
        kinds) what="$n one-line statements of 16 kinds" ;;
        esac
        lint_rows+=("| $what | $size | $findings | $(cell) | $per_k s |")
        [[ -n ${lint_first_per_k[$kind]:-} ]] || { lint_first_per_k[$kind]=$per_k; lint_first_n[$kind]=$n; }
        lint_last_per_k[$kind]=$per_k lint_last_n[$kind]=$n
    done
    for kind in alter lines kinds; do
        a=${lint_last_per_k[$kind]} b=${lint_first_per_k[$kind]}
        verdict=$(awk -v a="$a" -v b="$b" 'BEGIN { print (a <= 1.5 * b ? "PASS" : "FAIL") }')
        checks+=("- $verdict: lint time linear ($kind): $a cpu s per 1,000 at ${lint_last_n[$kind]}, $b at ${lint_first_n[$kind]} (checked as at most 1.5x)")
    done
fi

# --- report ---------------------------------------------------------------------------------
cpu=$(awk -F': ' '/^model name/ { m = $2 } /^cpu family/ { f = $2 } /^model\t/ { n = $2 }
    /^flags/ { vm = ($2 ~ / hypervisor( |$)/) } END { printf "%s (family %s, model %s)%s", m, f, n, vm ? ", virtual machine" : "" }' /proc/cpuinfo)
ram=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
os=$(. /etc/os-release && echo "$PRETTY_NAME")
pgver="no PostgreSQL (LINT only)"
((${#sizes[@]})) && pgver=$(psql -X -At -c 'select version()' | sed 's/, compiled by.*//')
cxx=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")
cxx_version=$("${cxx:-c++}" --version | head -n 1)
commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$repo" status --porcelain -- src include CMakeLists.txt 2>/dev/null | head -n 1)

cat <<EOF
## Results

Command: \`bash bench/run.sh ${requested[*]}\` (SCHEMADIFF_BENCH_RUNS=$runs), commit $commit${dirty:+ (src/ modified)}, $(date -u +%Y-%m-%d).

Machine: $cpu, $(nproc) cores, $ram RAM; $os; $pgver; $cxx_version; CMake build type Release.
Load average before / after the run: $load_before / $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine
lengthens wall times; the cpu figures, schemadiff's own user+sys time, are the steadier ones).
EOF
if ((${#sizes[@]})); then
    cat <<EOF

Each cell: median of $runs runs, wall time (schemadiff's cpu time) / peak RSS. For the steps that read a database
the wall time includes the server's catalog queries, which the cpu time does not. psql load: one run, wall time only.
ops: operations in the plan of the file->file diff. Self-diff: the \`from\` file against itself, asserted empty.
Also asserted at every size: the database loaded from the \`from\` file diffs empty against it, and so does
\`inspect\`'s output.

| size | tables | from file | ops | file->file diff | psql load | inspect | db->file diff | generate | self-diff |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
EOF
printf '%s\n' "${rows[@]}"
cat <<EOF

Per 1,000 tables: peak RSS above that of the empty-schema process ($base_mb MB), and time (a flat column means linear):

| size | MB: file->file diff (2 parsed models) | MB: db->file diff | MB: generate | file->file diff cpu | db->file diff wall |
| --- | ---: | ---: | ---: | ---: | ---: |
EOF
printf '%s\n' "${mem_rows[@]}"
fi
if ((lint)); then
    cat <<EOF

Lint (\`schemadiff check FILE --format json --min-level safe\`: every finding reported; no database): median of $runs
runs, wall time (schemadiff's cpu time) / peak RSS, and cpu time per 1,000 statements or actions (a flat column means
linear).

| file | size | findings | check | cpu per 1,000 |
| --- | ---: | ---: | ---: | ---: |
EOF
    printf '%s\n' "${lint_rows[@]}"
fi
if ((${#checks[@]})); then
    echo
    echo "Targets:"
    echo
    printf '%s\n' "${checks[@]}"
fi
if ((${#sizes[@]})); then
    echo
    echo "Objects in the generated files (read through a scratch database on the benchmark's cluster, --dev-db):"
    echo
    for s in "${sizes[@]}"; do
        echo "- $s: $(cat "$work/$s.objects.txt")"
    done
fi
printf '%s\n' "${checks[@]}" | grep -q '^- FAIL' && exit 1
exit 0

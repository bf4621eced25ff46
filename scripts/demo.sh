#!/usr/bin/env bash
# demo.sh: the main job on the embedded example. Builds schemadiff, loads
# schemas/examples/<example>/v1.sql into a throwaway PostgreSQL 15 database `production`,
# shows the plan to reach v2.sql, generates the migration files, applies the up migration
# and shows that nothing is left to do.
#
# Usage: bash scripts/demo.sh [OUT_DIR]      (OUT_DIR default: ./migrations-demo)
# Environment:
#   SCHEMADIFF_EXAMPLE     example under schemas/examples/ (default: shop)
#   SCHEMADIFF_BUILD_DIR   CMake build folder (default: build/ in the repository)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
example=${SCHEMADIFF_EXAMPLE:-shop}
build=${SCHEMADIFF_BUILD_DIR:-$repo/build}
out=${1:-./migrations-demo}
# OUT_DIR is relative to where the user ran the script, the rest to the repository.
[[ $out == /* ]] || out=$PWD/${out#./}
cd "$repo"
# shellcheck source=scripts/lib/pgcluster.sh
. scripts/lib/pgcluster.sh

from_sql=schemas/examples/$example/v1.sql
to_sql=schemas/examples/$example/v2.sql
for f in "$from_sql" "$to_sql"; do
    [[ -f $f ]] || { echo "demo: $f not found (SCHEMADIFF_EXAMPLE=$example)" >&2; exit 1; }
done

step() { printf '\n=== %s ===\n' "$*"; }

step "Installing dependencies and building"
bash scripts/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j"$(nproc)"
schemadiff=$build/schemadiff

step "Starting a throwaway PostgreSQL 15 with database 'production' at $from_sql"
dir=$(mktemp -d /tmp/schemadiff-demo.XXXXXX)
pgcluster_stop_on_exit "$dir"
pgcluster_start 15 "$dir"
psql -v ON_ERROR_STOP=1 -q -c 'CREATE DATABASE production'
url=$(pgcluster_psql_url "$dir" production)
psql -v ON_ERROR_STOP=1 -q -d "$url" -f "$from_sql"
echo "production: $url"

step "schemadiff diff --from production --to $to_sql"
# Exit codes 2 (differences) and 3 (dangerous operations) describe the plan; they are not failures here.
rc=0
"$schemadiff" diff --from "$url" --to "$to_sql" || rc=$?
case $rc in
    0) ;;
    2 | 3) echo "(schemadiff diff exited $rc)" ;;
    *) echo "demo: schemadiff diff failed (exit $rc)" >&2; exit "$rc" ;;
esac

step "schemadiff generate --out $out --name ${example}_v2"
# Files written by this run are those newer than the stamp, whether new or overwritten.
stamp=$dir/generate.stamp
touch "$stamp"
sleep 0.01
"$schemadiff" generate --db "$url" --schema "$to_sql" --out "$out" --name "${example}_v2"
mapfile -t written < <(find "$out" -type f -newer "$stamp" | sort)
if ((${#written[@]} == 0)); then
    echo "demo: schemadiff generate wrote no file into $out" >&2
    exit 1
fi
for f in "${written[@]}"; do
    printf '\n--- %s ---\n' "$f"
    cat "$f"
done

# The up migration: a written .sql whose name has "up" as a word (up.sql, 0001_x.up.sql,
# x_up.sql); if only one .sql was written, that one.
up=()
sql=()
for f in "${written[@]}"; do
    [[ $f == *.sql ]] || continue
    sql+=("$f")
    if [[ $(basename "$f") =~ (^|[^[:alnum:]])up([^[:alnum:]]|$) ]]; then
        up+=("$f")
    fi
done
if ((${#up[@]} == 0 && ${#sql[@]} == 1)); then
    up=("${sql[0]}")
fi
if ((${#up[@]} != 1)); then
    echo "demo: cannot tell which written file is the up migration: ${written[*]}" >&2
    exit 1
fi

step "Applying ${up[0]} to production"
psql -v ON_ERROR_STOP=1 -d "$url" -f "${up[0]}"

step "schemadiff diff again: nothing should remain"
"$schemadiff" diff --from "$url" --to "$to_sql"

step "Stopping PostgreSQL"
pgcluster_stop "$dir"
echo "demo: done; the migration files are in $out"

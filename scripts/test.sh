#!/usr/bin/env bash
# test.sh: THE test command. Installs what is missing, builds, and runs ctest against
# throwaway PostgreSQL clusters: the first version in SCHEMADIFF_PG_VERSIONS runs every
# test, each later version only the tests labelled `online`.
#
# Environment:
#   SCHEMADIFF_PG_VERSIONS  majors to test against (default "15 17"; 15 is Debian's, others from npm)
#   SCHEMADIFF_SOURCE_DIR   CMake source folder (default: the repository root)
#   SCHEMADIFF_BUILD_DIR    CMake build folder (default: SOURCE_DIR/build)
#   plus those of scripts/lib/pgcluster.sh (SCHEMADIFF_CACHE, ...).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
src=${SCHEMADIFF_SOURCE_DIR:-$repo}
build=${SCHEMADIFF_BUILD_DIR:-$src/build}
read -r -a versions <<<"${SCHEMADIFF_PG_VERSIONS:-15 17}"
# shellcheck source=scripts/lib/pgcluster.sh
. "$repo/scripts/lib/pgcluster.sh"

bash "$repo/scripts/install-deps.sh"

# A build folder configured earlier with another generator makes cmake refuse: start it afresh.
if [[ -f $build/CMakeCache.txt ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$build/CMakeCache.txt"; then
    echo "test: $build was configured with another generator; reconfiguring with Ninja"
    rm -rf "$build/CMakeCache.txt" "$build/CMakeFiles"
fi
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j"$(nproc)"

logs=$(mktemp -d /tmp/schemadiff-test-logs.XXXXXX)
summary=()
failed_runs=0 total_passed=0 total_failed=0 total_skipped=0
first=1
for v in "${versions[@]}"; do
    args=(--test-dir "$build" --output-on-failure -j2)
    scope="all tests"
    if ((!first)); then
        args+=(-L online)
        scope="online tests"
    fi
    first=0

    echo
    echo "=== PostgreSQL $v: $scope ==="
    # A short root keeps the socket path short; the folder gets chowned to postgres when we are root.
    dir=$(mktemp -d "$(pgcluster_root)"/schemadiff-pg"$v".XXXXXX)
    pgcluster_stop_on_exit "$dir"
    if ! pgcluster_start "$v" "$dir"; then
        summary+=("PostgreSQL $v ($scope): FAILED, the cluster did not start")
        failed_runs=$((failed_runs + 1))
        pgcluster_stop "$dir"
        continue
    fi

    # A throwaway scratch cluster (schemadiff's default for schema files with views, functions...) must be of the
    # live server's major version: the binaries of the one under test.
    export SCHEMADIFF_PG_BINDIR=$PGCLUSTER_BINDIR
    log=$logs/ctest-pg$v.log
    rc=0
    ctest "${args[@]}" 2>&1 | tee "$log" || rc=$?
    pgcluster_stop "$dir"

    # ctest's closing line: "100% tests passed, 0 tests failed out of 12".
    counts=$(sed -nE 's/^[0-9]+% tests passed, ([0-9]+) tests? failed out of ([0-9]+).*/\1 \2/p' "$log" | tail -n 1)
    skipped=$(grep -cE '\(Skipped\)$' "$log" || true)
    if [[ -n $counts ]]; then
        read -r nfail ntotal <<<"$counts"
        npass=$((ntotal - nfail - skipped))
        detail="$npass passed, $nfail failed, $skipped skipped"
        total_passed=$((total_passed + npass))
        total_failed=$((total_failed + nfail))
        total_skipped=$((total_skipped + skipped))
    elif grep -q 'No tests were found' "$log"; then
        detail="no tests found"
    else
        detail="ctest gave no result"
        ((rc != 0)) || rc=1
    fi
    if ((rc == 0)); then
        summary+=("PostgreSQL $v ($scope): PASSED ($detail)")
    else
        summary+=("PostgreSQL $v ($scope): FAILED ($detail, ctest exit $rc)")
        failed_runs=$((failed_runs + 1))
    fi
done
rm -rf "$logs"

echo
echo "=== Summary ==="
for line in "${summary[@]}"; do
    echo "$line"
done
echo "tests: $total_passed passed, $total_failed failed, $total_skipped skipped"
if ((failed_runs > 0)); then
    exit 1
fi

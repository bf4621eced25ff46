#!/usr/bin/env bash
# github-check.sh: the part of the GitHub workflow (docs/ci/github-actions.yml) that runs schemadiff; testable
# anywhere (tests/support/github_check_script.sh runs it).
# Usage: github-check.sh OUT_DIR [check arguments...]   e.g. github-check.sh out migrations/ --db "$DATABASE_URL"
# Prints the findings as GitHub annotations (one per finding, on the pull request's diff), writes
# OUT_DIR/schemadiff.sarif (for github/codeql-action/upload-sarif) and OUT_DIR/schemadiff.md (the pull request
# comment, starting with the hidden marker the workflow finds it by), and exits with the gate's code: 0 passed,
# 3 a finding blocks, 1 an error (then no report is trusted: the files may be missing).
# SCHEMADIFF: the binary (default: schemadiff on PATH).
set -uo pipefail
out=${1:?usage: github-check.sh OUT_DIR [check arguments...]}
shift
bin=${SCHEMADIFF:-schemadiff}
mkdir -p "$out" || exit 1
# The annotations run decides the exit code; the other two formats must agree with it.
"$bin" check "$@" --format github
code=$?
if ((code != 0 && code != 3)); then
    echo "github-check: schemadiff check failed (exit $code): nothing was checked" >&2
    exit "$code"
fi
for format in sarif:schemadiff.sarif markdown:schemadiff.md; do
    "$bin" check "$@" --format "${format%%:*}" >"$out/${format#*:}"
    again=$?
    if ((again != code)); then
        echo "github-check: --format ${format%%:*} exited $again, --format github $code" >&2
        exit 1
    fi
done
exit "$code"

#!/usr/bin/env bash
# docs/rules.md must be exactly what `schemadiff rules --format markdown` prints, so the reference cannot drift from
# the catalogue in src/safety/catalogue.cpp. Usage: check_rules_doc.sh SCHEMADIFF_BINARY DOCS_RULES_MD
set -uo pipefail
bin=$1 doc=$2
generated=$(mktemp)
trap 'rm -f "$generated"' EXIT
"$bin" rules --format markdown >"$generated" || { echo "schemadiff rules failed"; exit 1; }
if ! diff -u "$doc" "$generated"; then
    echo "FAIL: $doc is out of date with the rule catalogue. Regenerate it and commit the result:"
    echo "    $bin rules --format markdown > $doc"
    exit 1
fi
echo "ok: $doc matches the catalogue"

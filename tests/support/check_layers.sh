#!/usr/bin/env bash
# The include-layer rule (../shared/conventions.md §10): a module includes only the modules it is allowed to, and each
# third-party library is seen by exactly one module. The table below is what the code does today and CMakeLists.txt
# links the same arrows. It is looser than the conventions' table in two places, both to be closed: planner includes
# ddl (each step's SQL is set when the plan is made; the conventions draw ddl into render instead), and cli includes
# render (report formats in cmd_check.cpp, the rule documents in cmd_rules.cpp; the conventions route cli through
# engine only). Any other include outside the table fails.
# Usage: check_layers.sh REPO_ROOT. Fails naming the file, the line and the include that breaks the rule.
set -uo pipefail
root=$1
declare -A allowed=(
    [core]=""
    [model]="core"
    [parser]="core model"
    [introspect]="core model"
    [diff]="core model"
    [ddl]="core model"
    [safety]="core model"
    [planner]="core model ddl safety"
    [render]="core model ddl safety planner"
    [engine]="core model parser introspect diff ddl safety planner render"
    [cli]="core model engine render planner safety"
)
# Third-party headers and the one module that may include them.
declare -A owner=([pg_query]=parser [pqxx]=introspect [libpq-fe]=introspect [CLI]=cli)
fail=0
for module in "${!allowed[@]}"; do
    for file in "$root"/src/"$module"/*.{cpp,hpp,inc} "$root"/include/schemadiff/"$module"/*.hpp; do
        [[ -f $file ]] || continue
        while IFS=: read -r line text; do
            used=$(sed -nE 's|.*#include "schemadiff/([a-z_]+)/.*|\1|p' <<<"$text")
            if [[ -n $used && $used != "$module" && " ${allowed[$module]} " != *" $used "* ]]; then
                echo "${file#"$root"/}:$line: module $module may not include $used ($text)"
                fail=1
            fi
            third=$(sed -nE 's|.*#include <([A-Za-z_-]+)[/.>].*|\1|p' <<<"$text")
            if [[ -n $third && -n ${owner[$third]:-} && ${owner[$third]} != "$module" ]]; then
                echo "${file#"$root"/}:$line: $third belongs to module ${owner[$third]}, not $module ($text)"
                fail=1
            fi
        done < <(grep -n '^#include' "$file")
    done
done
((fail)) && exit 1
echo "ok: every include follows the layer table"

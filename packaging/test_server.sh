# A private PostgreSQL server for the tests (sourced by dev.sh, not run): Debian's postgresql,
# a cluster of its own in a temporary folder, listening on a free loopback port only, with a
# password of its own; stopped and removed when the tests end.
# shellcheck shell=bash

# shellcheck disable=SC2034 # used by dev.sh
POSTGRES_PACKAGES=(postgresql)

# Run a PostgreSQL tool as the postgres user when root (initdb and pg_ctl refuse root).
_as_cluster_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# start_test_server: a running cluster; exports REGULARS_TEST_POSTGRES, the URL of its
# maintenance database, which the tests make their own databases through.
start_test_server() {
    local bin port password
    bin="$({ find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null || true; } \
        | sort -V | tail -1)"
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        say "PostgreSQL is not installed: the tests on a server cannot run"
        return 1
    fi
    TEST_SERVER_DIR="$(mktemp -d -t regulars-postgres.XXXXXX)"
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    password="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
    printf '%s\n' "$password" > "$TEST_SERVER_DIR/password"
    if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$TEST_SERVER_DIR"; fi
    _as_cluster_owner "$bin/initdb" -D "$TEST_SERVER_DIR/data" -U regulars -E UTF8 \
        --locale=C.UTF-8 --auth=scram-sha-256 --pwfile="$TEST_SERVER_DIR/password" >/dev/null
    _as_cluster_owner "$bin/pg_ctl" -D "$TEST_SERVER_DIR/data" -l "$TEST_SERVER_DIR/server.log" \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$TEST_SERVER_DIR" \
        -w start >/dev/null
    TEST_SERVER_BIN="$bin"
    export REGULARS_TEST_POSTGRES="postgresql://regulars:$password@127.0.0.1:$port/postgres"
}

# stop_test_server: the cluster stopped and its folder removed (safe to call twice).
stop_test_server() {
    [ -n "${TEST_SERVER_DIR:-}" ] || return 0
    _as_cluster_owner "$TEST_SERVER_BIN/pg_ctl" -D "$TEST_SERVER_DIR/data" -m fast stop \
        >/dev/null 2>&1 || true
    rm -rf "$TEST_SERVER_DIR"
    TEST_SERVER_DIR=""
}

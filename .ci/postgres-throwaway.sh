#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster for the tests: a temp folder, a free loopback port, trust auth (only this
# machine can reach it), fsync off (nothing in it outlives the run). Prints two lines for `eval`:
#   KB_TEST_POSTGRES=<connection string>   the tests' variable
#   KB_TEST_POSTGRES_DIR=<folder>          stop with: .ci/postgres-throwaway.sh stop <folder>
# PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user Debian's package creates.
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
as_owner=()
if [ "$(id -u)" = 0 ]; then
  as_owner=(runuser -u postgres --)
fi

if [ "${1:-}" = stop ]; then
  "${as_owner[@]}" "$bin/pg_ctl" -D "$2/data" -m immediate stop >/dev/null || true
  rm -rf "$2"
  exit 0
fi

port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
dir="$(mktemp -d /tmp/kb-pg.XXXXXX)"
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300 -c fsync=off" start >/dev/null
echo "KB_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
echo "KB_TEST_POSTGRES_DIR='$dir'"

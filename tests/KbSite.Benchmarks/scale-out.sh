#!/usr/bin/env bash
# One node against two on the same PostgreSQL, on this machine, with N generated articles in the store:
#  1. article pages, searches and pastes, each for S seconds at 8 connections: against node A alone, then split 4 + 4
#     over nodes A and B at once (the sum is what two nodes serve);
#  2. index lag under a write load: a command-line import of M articles (updates of stored ones, through the one door,
#     as an import on A writes) while B serves searches at 4 connections; both nodes' /healthz sampled every 0.2 s.
# Uses KB_TEST_POSTGRES when set (a role that may create databases), else starts a throwaway cluster.
# Usage: tests/KbSite.Benchmarks/scale-out.sh [articles=20000] [seconds=30] [imported=10000]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-20000}
seconds=${2:-30}
imported=${3:-10000}
work=$(mktemp -d /tmp/kbsite-scale.XXXXXX)
bench=tests/KbSite.Benchmarks/bin/Release/net10.0/KbSite.Benchmarks.dll
site=src/KbSite/bin/Release/net10.0/KbSite.dll
lua=tests/KbSite.Benchmarks/load-mix.lua
pgdir=""
cleanup() {
  # Only the processes started here (an empty id would make `kill 0` stop this whole process group).
  for pid in ${sampler:-} ${a:-} ${b:-}; do kill "$pid" 2>/dev/null || true; done
  [ -n "$pgdir" ] && .ci/postgres-throwaway.sh stop "$pgdir"
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${KB_TEST_POSTGRES:-}" ]; then
  eval "$(.ci/postgres-throwaway.sh)"
  pgdir=$KB_TEST_POSTGRES_DIR
fi
db="kb_scale_$$"
psql_admin() { dotnet "$bench" sql "$KB_TEST_POSTGRES" "$1"; }
cs="${KB_TEST_POSTGRES/Database=postgres/Database=$db}"

dotnet build -c Release src/KbSite/KbSite.csproj -v q -nologo >/dev/null
dotnet build -c Release tests/KbSite.Benchmarks/KbSite.Benchmarks.csproj -v q -nologo >/dev/null
psql_admin "CREATE DATABASE $db"
trap 'psql_admin "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true; cleanup' EXIT
dotnet "$bench" fill-store "$n" postgres "$cs"
dotnet "$bench" load-inputs "$n" "$work/inputs"
dotnet run -c Release --project tests/KbSite.Corpus -- classic "$imported" "$work/import" 2 >/dev/null

start_node() { # name port; sets the variable of that name to the process id
  mkdir -p "$work/$1/../empty"
  env ASPNETCORE_ENVIRONMENT=Production Kb__DataDir="$work/$1" Kb__ContentDir="$work/empty" Logging__LogLevel__Default=Warning \
    Kb__Store__Provider=Postgres ConnectionStrings__Kb="$cs" Kb__RateLimits__ApiPerClientPerMinute=0 \
    dotnet "$site" --urls "http://127.0.0.1:$2" >"$work/$1.log" 2>&1 &
  printf -v "$1" '%s' "$!"
  for _ in $(seq 1 900); do
    curl -sf "http://127.0.0.1:$2/healthz" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "node $1 did not become healthy"; tail -20 "$work/$1.log"; return 1
}
start_node a 5191
start_node b 5192
echo "nodes up on $n articles (each rebuilt its own index from the store)"

for kind in "article 100 0" "search 0 100" "paste 0 0"; do
  set -- $kind
  wrk -t2 -c8 -d5s -s "$lua" http://127.0.0.1:5191 -- "$work/inputs" "$2" "$3" >/dev/null
  wrk -t2 -c8 -d5s -s "$lua" http://127.0.0.1:5192 -- "$work/inputs" "$2" "$3" >/dev/null
  echo "== $1: one node, 8 connections, ${seconds} s"
  wrk -t2 -c8 -d"${seconds}s" --timeout 10s -s "$lua" http://127.0.0.1:5191 -- "$work/inputs" "$2" "$3" | grep -E "^requests|^latency"
  echo "== $1: two nodes, 4 + 4 connections, ${seconds} s"
  wrk -t1 -c4 -d"${seconds}s" --timeout 10s -s "$lua" http://127.0.0.1:5191 -- "$work/inputs" "$2" "$3" | grep -E "^requests|^latency" | sed 's/^/  A: /' > "$work/two-a.txt" &
  onA=$!
  wrk -t1 -c4 -d"${seconds}s" --timeout 10s -s "$lua" http://127.0.0.1:5192 -- "$work/inputs" "$2" "$3" | grep -E "^requests|^latency" | sed 's/^/  B: /'
  wait "$onA"
  cat "$work/two-a.txt"
done

echo "== index lag: import of $imported articles (command line, same store) while B serves searches (4 connections)"
lag() { curl -s "http://127.0.0.1:$1/healthz" | sed -E 's/.*"lag":([0-9]+).*/\1/'; }
( while true; do echo "$(date +%s.%N) $(lag 5191) $(lag 5192)"; sleep 0.2; done ) > "$work/lag.txt" &
sampler=$!
wrk -t1 -c4 -d"${seconds}s" --timeout 10s -s "$lua" http://127.0.0.1:5192 -- "$work/inputs" 0 100 | grep -E "^requests|^latency" | sed 's/^/  B searches during the import: /' > "$work/during.txt" &
during=$!
started=$(date +%s.%N)
(cd src/KbSite && dotnet "../../$site" import "$work/import" --Kb:Store:Provider=Postgres "--ConnectionStrings:Kb=$cs" "--Kb:DataDir=$work/cli" | tail -1)
ended=$(date +%s.%N)
wait "$during" || true
cat "$work/during.txt"
for _ in $(seq 1 300); do [ "$(lag 5192)" = 0 ] && [ "$(lag 5191)" = 0 ] && break; sleep 0.2; done
caught=$(date +%s.%N)
kill "$sampler"; unset sampler
awk -v s="$started" -v e="$ended" -v c="$caught" '
  { if ($2 > ma) ma = $2; if ($3 > mb) mb = $3; n++ }
  END { printf "import %.1f s; max lag A %d, B %d rows (%d samples); both at lag 0 %.1f s after the import ended\n", e - s, ma, mb, n, c - e }' "$work/lag.txt"
echo "peak RSS: A $(awk '/VmHWM/ {printf "%d MB", $2 / 1024}' /proc/$a/status), B $(awk '/VmHWM/ {printf "%d MB", $2 / 1024}' /proc/$b/status)"

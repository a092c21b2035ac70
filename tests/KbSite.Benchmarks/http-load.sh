#!/usr/bin/env bash
# /api/search and /api/match over HTTP against the real server (Release build) on 127.0.0.1, with N generated articles
# in its store. Fills a fresh store, starts the server (which builds the index at startup), waits for /healthz, runs
# each number of concurrent clients for a bounded time, prints latency, errors and the server's memory, and stops the
# server.
# Usage: tests/KbSite.Benchmarks/http-load.sh [articles=100000] [seconds=30] [clients=8, or a list: 1,2,8] [search|match|both]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-100000}
seconds=${2:-30}
clients=${3:-8}
mode=${4:-search}
port=5190
work=$(mktemp -d /tmp/kbsite-load.XXXXXX)
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build -c Release src/KbSite/KbSite.csproj -v q -nologo >/dev/null
dotnet build -c Release tests/KbSite.Benchmarks/KbSite.Benchmarks.csproj -v q -nologo >/dev/null
dotnet tests/KbSite.Benchmarks/bin/Release/net10.0/KbSite.Benchmarks.dll fill-store "$n" "$work/data"

start=$(date +%s.%N)
. tests/KbSite.Benchmarks/server.sh
# One client address drives all the load: the per-client API limit is off for this run.
start_server "$port" "$work/data" "$work/server.log" Kb__RateLimits__ApiPerClientPerMinute=0
echo "server healthy (index built from the store) after $(echo "$(date +%s.%N) - $start" | bc) s"
for m in $( [ "$mode" = both ] && echo "search match" || echo "$mode" ); do
  for c in ${clients//,/ }; do
    dotnet tests/KbSite.Benchmarks/bin/Release/net10.0/KbSite.Benchmarks.dll http-load "http://127.0.0.1:$port" "$n" "$c" "$seconds" "$server" "$m"
  done
done

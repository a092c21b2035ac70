#!/usr/bin/env bash
# Mixed load against the real server (Release) on 127.0.0.1 with N generated articles in its store: article pages,
# searches and pastes (60/25/15 %) from wrk at C connections for S seconds, the server's memory sampled every 10 s;
# then article pages alone at 8 connections, served from the output cache and, as the baseline in the same run,
# uncached (a query string bypasses the cache). Bounded in time; the server is stopped at the end.
# Usage: tests/KbSite.Benchmarks/load-mix.sh [articles=100000] [seconds=60] [connections=64]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-100000}
seconds=${2:-60}
connections=${3:-64}
port=5191
work=$(mktemp -d /tmp/kbsite-mix.XXXXXX)
trap 'kill "${sampler:-0}" "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
bench=tests/KbSite.Benchmarks/bin/Release/net10.0/KbSite.Benchmarks.dll
lua=tests/KbSite.Benchmarks/load-mix.lua

dotnet build -c Release src/KbSite/KbSite.csproj -v q -nologo >/dev/null
dotnet build -c Release tests/KbSite.Benchmarks/KbSite.Benchmarks.csproj -v q -nologo >/dev/null
dotnet "$bench" fill-store "$n" "$work/data"
dotnet "$bench" load-inputs "$n" "$work/inputs"

# One client address drives all the load: the per-client API limit is off for this run.
. tests/KbSite.Benchmarks/server.sh
start_server "$port" "$work/data" "$work/server.log" Kb__RateLimits__ApiPerClientPerMinute=0
rss() { awk '/VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$server/status"; }

echo "== warm-up: 8 connections, 15 s"
wrk -t2 -c8 -d15s -s "$lua" "http://127.0.0.1:$port" -- "$work/inputs" 60 25 >/dev/null
echo "server RSS after warm-up: $(rss)"

echo "== mix (60 % article pages, 25 % searches, 15 % pastes): $connections connections, $seconds s"
( for i in $(seq 10 10 "$seconds"); do sleep 10; echo "  RSS at ${i} s: $(rss)"; done ) &
sampler=$!
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s "$lua" "http://127.0.0.1:$port" -- "$work/inputs" 60 25
wait "$sampler" || true
echo "server RSS at the end: $(rss), peak $(awk '/VmHWM/ {printf "%d MB", $2 / 1024}' "/proc/$server/status")"

echo "== article pages alone, 8 connections, 30 s: from the output cache"
wrk -t2 -c8 -d30s -s "$lua" "http://127.0.0.1:$port" -- "$work/inputs" 100 0
echo "== article pages alone, 8 connections, 30 s: uncached (baseline)"
wrk -t2 -c8 -d30s -s "$lua" "http://127.0.0.1:$port" -- "$work/inputs" 100 0 "?uncached=1"

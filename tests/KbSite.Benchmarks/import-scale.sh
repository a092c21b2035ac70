#!/usr/bin/env bash
# Imports a generated corpus of classic .TXT articles with the site's command line and builds the site's search
# index from the resulting store. Figures: wall time and peak memory of the import (GNU time), beside a dry run of
# the same folder (read, parse, number, compare with the store; no writes) as the baseline, then the index build.
#   tests/KbSite.Benchmarks/import-scale.sh [articles] [workdir]
set -euo pipefail
n=${1:-100000}
work=${2:-/tmp/kbsite-import-scale}
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v /usr/bin/time > /dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }

mkdir -p "$work"
if [ ! -f "$work/corpus/.count-$n" ]; then
  rm -rf "$work/corpus"
  dotnet run -c Release --project "$root/tests/KbSite.Corpus" -- classic "$n" "$work/corpus" > /dev/null
  touch "$work/corpus/.count-$n"
fi

dotnet build -c Release "$root/src/KbSite" > /dev/null
dotnet build -c Release "$root/tests/KbSite.Benchmarks" > /dev/null
site="$root/src/KbSite/bin/Release/net10.0/KbSite.dll"

measure() { # label, then the command; prints wall seconds and peak RSS
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/$label.out" 2> "$work/$label.err" || true
  read -r seconds kb < "$work/time.txt"
  echo "$label: ${seconds} s, peak ${kb} KB ($(tail -1 "$work/$label.out"))"
}

rm -rf "$work/data"
cd "$root/src/KbSite"
measure dry-run dotnet "$site" import "$work/corpus" --dry-run "--Kb:DataDir=$work/data"
measure import dotnet "$site" import "$work/corpus" "--Kb:DataDir=$work/data"
measure again dotnet "$site" import "$work/corpus" "--Kb:DataDir=$work/data"
cd "$root"
dotnet run -c Release --no-build --project tests/KbSite.Benchmarks -- index-build "$work/data"

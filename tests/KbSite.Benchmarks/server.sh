# Sourced by the load scripts: start the Release server on a store, wait until it is healthy.
# start_server <port> <data dir> <log file> [more KEY=VALUE environment...]; sets $server to its process id.
start_server() {
  local port=$1 data=$2 log=$3
  shift 3
  env ASPNETCORE_ENVIRONMENT=Production Kb__DataDir="$data" Kb__ContentDir="$data/../empty" Logging__LogLevel__Default=Warning "$@" \
    dotnet src/KbSite/bin/Release/net10.0/KbSite.dll --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
  server=$!
  for _ in $(seq 1 900); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "server did not become healthy"; tail -20 "$log"; return 1
}

-- wrk script for load-mix.sh: a mix of article pages, searches and pastes read from files, with errors counted.
-- Arguments (after --): <inputs dir> <article share %> <search share %> [article suffix]
local articles, searches, pastes = {}, {}, {}
local articleShare, searchShare, suffix = 60, 25, ""
local threads = {}

local function load(path, into)
  for line in io.lines(path) do into[#into + 1] = line end
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local dir = args[1]
  articleShare = tonumber(args[2] or "60")
  searchShare = tonumber(args[3] or "25")
  suffix = args[4] or ""
  load(dir .. "/articles.txt", articles)
  load(dir .. "/searches.txt", searches)
  load(dir .. "/pastes.txt", pastes)
  errors, statuses = 0, {}
  math.randomseed(os.time() + #articles)
end

function request()
  local roll = math.random(100)
  if roll <= articleShare then
    return wrk.format("GET", articles[math.random(#articles)] .. suffix)
  elseif roll <= articleShare + searchShare then
    return wrk.format("GET", searches[math.random(#searches)])
  end
  return wrk.format("POST", "/api/match", { ["Content-Type"] = "application/json" }, pastes[math.random(#pastes)])
end

function response(status, headers, body)
  if status >= 400 then
    errors = errors + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do failed = failed + thread:get("errors") end
  io.write(string.format("requests %d in %.1f s: %.0f req/s, errors (status >= 400) %d, socket errors %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), failed,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency ms: p50 %.1f, p90 %.1f, p95 %.1f, p99 %.1f, max %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end

-- wrk script for bench/scripts/bot-throughput.sh: Teams personal-chat message activities, POST /api/messages.
--
-- Environment (set by the script):
--   BENCH_USERS      a TSV file, one conversation per line: teams user id, aadObjectId, display name
--   BENCH_QUESTIONS  one question per line, already a JSON string literal (quotes and escapes included)
--   BENCH_SERVICE_URL the stub connector's base URL, e.g. http://127.0.0.1:39001/
--   BENCH_LABEL      a name printed with the result line
-- Every request is one turn: conversation k (of the users file's N) asks its next question. With -cN connections
-- in a closed loop, N turns are in flight at a time, spread over the N conversations (round robin).
-- The result is one line starting with "RESULT", read by the shell script.

local users, questions = {}, {}
local counter, threads = 0, 1
local service_url, template, headers

local function read_lines(path)
  local lines = {}
  local file = assert(io.open(path, "r"), "cannot open " .. tostring(path))
  for line in file:lines() do
    if #line > 0 then lines[#lines + 1] = line end
  end
  file:close()
  return lines
end

tid = 0
local thread_number = 0
function setup(thread)
  thread:set("tid", thread_number)
  thread_number = thread_number + 1
end

function init(args)
  tid = tonumber(tid) or 0 -- a global, set by setup() through thread:set
  threads = tonumber(os.getenv("BENCH_THREADS") or "1") or 1
  for _, line in ipairs(read_lines(os.getenv("BENCH_USERS"))) do
    local id, aad, name = line:match("^([^\t]+)\t([^\t]*)\t(.*)$")
    users[#users + 1] = { id = id, aad = aad, name = name }
  end
  questions = read_lines(os.getenv("BENCH_QUESTIONS"))
  assert(#users > 0 and #questions > 0, "no users or questions")
  service_url = os.getenv("BENCH_SERVICE_URL")
  headers = { ["Content-Type"] = "application/json; charset=utf-8" }
  -- The shape of teams-message-personal.json (shared/fixtures/teams), with the bench's ids.
  template = '{"type":"message","id":"%s","timestamp":"%s","localTimestamp":"%s","serviceUrl":"%s",'
    .. '"channelId":"msteams","from":{"id":"%s","name":"%s","aadObjectId":"%s"},'
    .. '"conversation":{"conversationType":"personal","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","id":"a:bench-conversation-%02d"},'
    .. '"recipient":{"id":"28:c9e8c047-2a74-40a2-b28a-b162d5f5327c","name":"Karmayogi"},'
    .. '"textFormat":"plain","text":%s,'
    .. '"entities":[{"locale":"en-IN","country":"IN","platform":"Web","timezone":"Asia/Calcutta","type":"clientInfo"}],'
    .. '"channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"}},"locale":"en-IN"}'
end

function request()
  counter = counter + 1
  -- with several wrk threads, thread t owns the conversations k with k % threads == t
  local owned = math.floor((#users - tid - 1) / threads) + 1
  local k = ((counter - 1) % owned) * threads + tid
  local round = math.floor((counter - 1) / owned)
  local user = users[k + 1]
  -- each conversation walks the question list from its own starting point
  local question = questions[(round + k * 7) % #questions + 1]
  local now = os.date("!%Y-%m-%dT%H:%M:%S.000Z")
  local body = string.format(template, string.format("%d%09d", tid + 1, counter), now, now, service_url,
    user.id, user.name, user.aad, k, question)
  return wrk.format("POST", "/api/messages", headers, body)
end

function done(summary, latency, requests)
  local errors = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT label=%s requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    os.getenv("BENCH_LABEL") or "?", summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors.status, errors.connect, errors.read, errors.write, errors.timeout))
end

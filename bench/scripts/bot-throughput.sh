#!/usr/bin/env bash
# Turn throughput of the Teams bot against two baselines, in one run, with one load tool (wrk) and one stub connector
# (nginx on loopback):
#   bot   the bot (Release build, Production settings) over the Development demo zone, 32 conversations of roster
#         officers asking the real single-turn questions of shared/qa/sample.jsonl and the assistant's question set;
#   echo  bench/EchoBot: the same stack (ASP.NET Core, the protocol module's CloudAdapter, ProtocolJson and connector
#         client), one fixed reply per message;
#   node  bench/node-echo: the official SDK's echo bot (npm botbuilder 4.23, restify, CloudAdapter, auth off).
# A turn is complete when its reply has reached the stub connector: all three post the reply before answering 200,
# so wrk's request count and latency are turns and turn latency (the connector's request count is printed as a check).
# Both .NET targets run with Bot:AppRequestsPerSecond=0 and Bot:ConversationRequestsPerSecond=0: the connector client's
# own limiter (Teams' limits: 30/s per app, 7/s per conversation by default) would otherwise cap both at 30 turns/s.
#
# Usage: bench/scripts/bot-throughput.sh [--warmup S] [--warmup-turns N] [--duration S] [--slices K] [--connections N]
#        [--runs N] [--targets "bot echo node"] [--keep] [--base COMMIT]
#   --keep: keep the run folder (logs, database, stub configuration). --base COMMIT: a fourth target, the bot as it was at
#   COMMIT (published from a git worktree, its own demo-zone database), measured in the same interleaved slices: the
#   before-and-after figure of a change (bot / baseline), on the same machine in the same minutes.
# Measuring: all targets run at once (an idle one uses no CPU); each is measured for S seconds (30) in K slices (3),
# interleaved (bot, echo, node, bot, echo, node, ...), so that a machine getting slower or faster during the run (other
# work, a busy virtual-machine host) weighs on every target alike. A run's turns/s: its slices' turns over their time.
# Warm-up: at least S seconds (60) and N turns (5000), in 10 s steps after the first S, at most 120 s: the bot's many code
# paths take the JIT more than 20 s to tier up (after 30 s its tiering thread still used 6% of its CPU, after 70 s 0.4%),
# and on a busy machine a slow target would otherwise be measured before its JIT has finished.
# Needs: the .NET SDK, Node.js and npm, python3; installs wrk and nginx-light from Debian when missing (root).
# Ports (loopback only): STUB_PORT 39001, BOT_PORT 39010, ECHO_PORT 39011, NODE_PORT 39012 (override by environment).
# Everything started here is stopped at the end, also on error or Ctrl-C.
set -euo pipefail

WARMUP=60
WARMUP_TURNS=5000
WARMUP_MAX=120
DURATION=30
SLICES=3
CONNECTIONS=32
RUNS=1
TARGETS="bot echo node"
KEEP=0
BASE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --warmup) WARMUP=$2; shift 2 ;;
    --warmup-turns) WARMUP_TURNS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --slices) SLICES=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --targets) TARGETS=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    --base) BASE=$2; TARGETS="$TARGETS base"; shift 2 ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

for target in $TARGETS; do
  case "$target" in bot|echo|node) ;; base) [ -n "$BASE" ] || { echo "the base target needs --base COMMIT" >&2; exit 2; } ;;
    *) echo "unknown target: $target (bot, echo, node, base)" >&2; exit 2 ;; esac
done

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
STUB_PORT=${STUB_PORT:-39001}
BOT_PORT=${BOT_PORT:-39010}
ECHO_PORT=${ECHO_PORT:-39011}
NODE_PORT=${NODE_PORT:-39012}
BASE_PORT=${BASE_PORT:-39013}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

RUN=$(mktemp -d /tmp/karmayogi-bench.XXXXXX)
cd "$RUN" # nothing is written into the repository
SERVER_PID=""
NGINX_PID=""

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}

cleanup() {
  stop_server
  if [ -n "$NGINX_PID" ]; then
    kill -QUIT "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
  fi
  if [ -n "$BASE" ] && [ -d "$RUN/base-src" ]; then git -C "$ROOT" worktree remove --force "$RUN/base-src" 2>/dev/null || true; fi
  if [ "$KEEP" = 1 ]; then log "run folder kept: $RUN"; else rm -rf "$RUN"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- tools
need_apt=()
command -v wrk >/dev/null || need_apt+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need_apt+=(nginx-light)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing ${need_apt[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
for tool in dotnet node npm python3 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 1; }
done
for port in "$STUB_PORT" "$BOT_PORT" "$ECHO_PORT" "$NODE_PORT" "$BASE_PORT"; do
  if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then echo "port $port is already in use" >&2; exit 1; fi
done

# ---------------------------------------------------------------- builds
log "publishing the bot and the echo endpoint (Release)"
dotnet publish "$ROOT/bot/KarmayogiBot.Bot.csproj" -c Release -o "$RUN/bot" -p:UseAppHost=false >"$RUN/publish-bot.log" 2>&1 \
  || { tail -20 "$RUN/publish-bot.log"; exit 1; }
dotnet publish "$ROOT/bench/EchoBot/KarmayogiBot.Bench.EchoBot.csproj" -c Release -o "$RUN/echo" -p:UseAppHost=false >"$RUN/publish-echo.log" 2>&1 \
  || { tail -20 "$RUN/publish-echo.log"; exit 1; }
if [ -n "$BASE" ]; then
  log "publishing the bot at $BASE (the baseline, Release)"
  git -C "$ROOT" worktree add --detach "$RUN/base-src" "$BASE" >"$RUN/publish-base.log" 2>&1 || { cat "$RUN/publish-base.log"; exit 1; }
  dotnet publish "$RUN/base-src/bot/KarmayogiBot.Bot.csproj" -c Release -o "$RUN/base" -p:UseAppHost=false >>"$RUN/publish-base.log" 2>&1 \
    || { tail -20 "$RUN/publish-base.log"; exit 1; }
fi
if [[ " $TARGETS " == *" node "* ]] && [ ! -d "$ROOT/bench/node-echo/node_modules/botbuilder" ]; then
  log "installing the Node echo bot's packages (npm ci)"
  (cd "$ROOT/bench/node-echo" && npm ci --no-audit --no-fund >"$RUN/npm.log" 2>&1) || { tail -20 "$RUN/npm.log"; exit 1; }
fi

# ---------------------------------------------------------------- questions
python3 - "$SHARED/qa/sample.jsonl" "$ROOT/tests/KarmayogiBot.Assistant.Tests/Questions/questions.jsonl" >"$RUN/questions.txt" <<'EOF'
import json, sys
seen = []
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            case = json.loads(line)
            turns = case.get("turns") or []
            # single-turn questions only; the adaptive-card submissions ({"value": ...}) are not typed text
            if len(turns) == 1 and isinstance(turns[0], str) and turns[0].strip() and turns[0] not in seen:
                seen.append(turns[0])
for text in seen:
    print(json.dumps(text, ensure_ascii=False))
EOF
log "$(wc -l <"$RUN/questions.txt") single-turn questions"

# ---------------------------------------------------------------- the demo zone (seeded once, by the bot in Development)
DB="$RUN/karmayogi.db"
wait_http() { # url, pid, seconds
  for _ in $(seq 1 $(($3 * 5))); do
    if curl -s -o /dev/null --max-time 1 "$1"; then return 0; fi
    kill -0 "$2" 2>/dev/null || return 1
    sleep 0.2
  done
  return 1
}

seed() { # published folder, database: the bot imports the demo zone itself in Development
  log "seeding the demo zone into $2"
  (cd "$1" && ASPNETCORE_ENVIRONMENT=Development exec dotnet KarmayogiBot.Bot.dll \
    --urls "http://127.0.0.1:$BOT_PORT" --ConnectionStrings:Karmayogi="Data Source=$2") >"$2.seed.log" 2>&1 &
  SERVER_PID=$!
  wait_http "http://127.0.0.1:$BOT_PORT/healthz" "$SERVER_PID" 120 || { tail -30 "$2.seed.log"; exit 1; }
  for _ in $(seq 1 150); do
    grep -q "imported the demo zone" "$2.seed.log" && break
    sleep 0.2
  done
  stop_server
  grep -q "imported the demo zone" "$2.seed.log" || { echo "the demo zone was not imported" >&2; tail -30 "$2.seed.log"; exit 1; }
}
db_of() { if [ "$1" = base ]; then echo "$RUN/base.db"; else echo "$DB"; fi; }
seed "$RUN/bot" "$(db_of bot)"
if [ -n "$BASE" ]; then seed "$RUN/base" "$(db_of base)"; fi

# The conversations: one per roster officer (the demo zone's first N), each with a Teams user id and object id;
# the stub connector's member look-up answers each with the officer's e-mail, as Teams does.
python3 - "$DB" "$CONNECTIONS" "$RUN/users.tsv" "$RUN/members.map" <<'EOF'
import json, sqlite3, sys, uuid
db, count, users_path, map_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
rows = sqlite3.connect(db).execute(
    "SELECT employee_code, name, email, aad_object_id FROM officers WHERE email IS NOT NULL ORDER BY employee_code").fetchall()
if not rows:
    sys.exit("no officers in the demo zone")
with open(users_path, "w", encoding="utf-8") as users, open(map_path, "w", encoding="utf-8") as members:
    for k in range(count):
        code, name, email, aad = rows[k % len(rows)]
        suffix = "" if k < len(rows) else "-%d" % (k // len(rows))
        aad = aad or str(uuid.uuid5(uuid.NAMESPACE_URL, email + suffix))
        user_id = "29:bench-%s%s" % (code, suffix)
        users.write("%s\t%s\t%s\n" % (user_id, aad, json.dumps(name)[1:-1]))
        member = {"id": user_id, "name": name, "aadObjectId": aad, "email": email, "userPrincipalName": email,
                  "givenName": name.split()[0], "surname": name.split()[-1],
                  "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47", "userRole": "user"}
        body = json.dumps(member).replace("\\", "\\\\").replace("'", "\\'")
        members.write("    \"%s\" '%s';\n" % (user_id, body))
EOF

# ---------------------------------------------------------------- the stub connector
mkdir -p "$RUN/nginx"
cat >"$RUN/nginx.conf" <<EOF
worker_processes 1;
pid $RUN/nginx.pid;
error_log $RUN/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $RUN/nginx/body;
  proxy_temp_path $RUN/nginx/proxy;
  fastcgi_temp_path $RUN/nginx/fastcgi;
  uwsgi_temp_path $RUN/nginx/uwsgi;
  scgi_temp_path $RUN/nginx/scgi;
  keepalive_requests 100000000;
  keepalive_timeout 300s;
  client_body_buffer_size 256k;
  map \$member_id \$member_json {
    default '{"id":"unknown","name":"Unknown"}';
$(cat "$RUN/members.map")
  }
  server {
    listen 127.0.0.1:$STUB_PORT;
    default_type application/json;
    location = /_stats { stub_status; }
    # GET v3/conversations/{id}/members/{userId}: the member, as Teams answers it
    location ~ ^/v3/conversations/[^/]+/members/(?<member_id>[^/]+)\$ { return 200 \$member_json; }
    # POST v3/conversations/{id}/activities[/{replyToId}]: the new activity's id
    location / { return 200 '{"id":"1"}'; }
  }
}
EOF
"$NGINX" -t -c "$RUN/nginx.conf" -p "$RUN/nginx" >"$RUN/nginx/test.log" 2>&1 || { cat "$RUN/nginx/test.log"; exit 1; }
"$NGINX" -c "$RUN/nginx.conf" -p "$RUN/nginx" -g 'daemon off;' &
NGINX_PID=$!
wait_http "http://127.0.0.1:$STUB_PORT/_stats" "$NGINX_PID" 10 || { echo "the stub connector did not start" >&2; cat "$RUN/nginx/error.log" >&2; exit 1; }
SERVICE_URL="http://127.0.0.1:$STUB_PORT/"
stub_requests() { curl -s "http://127.0.0.1:$STUB_PORT/_stats" | awk 'NR==3 {print $3}'; }
# CPU time (user + system, in clock ticks) the server process has used so far
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
TICKS=$(getconf CLK_TCK)

# ---------------------------------------------------------------- the targets
# The export links are signed; Production refuses to start without a key.
BOT_SETTINGS=(--Bot:AppRequestsPerSecond=0 --Bot:ConversationRequestsPerSecond=0 --Exports:SigningKey=bench-signing-key)
start_target() { # name, port
  case "$1" in
    bot|base) # the published folder $RUN/<name>, its own database
      (cd "$RUN/$1" && ASPNETCORE_ENVIRONMENT=Production exec dotnet KarmayogiBot.Bot.dll --urls "http://127.0.0.1:$2" \
        --ConnectionStrings:Karmayogi="Data Source=$(db_of "$1")" "${BOT_SETTINGS[@]}") >>"$RUN/$1.log" 2>&1 &
      SERVER_PID=$!
      wait_http "http://127.0.0.1:$2/healthz" "$SERVER_PID" 120 ;;
    echo)
      (cd "$RUN/echo" && ASPNETCORE_ENVIRONMENT=Production exec dotnet KarmayogiBot.Bench.EchoBot.dll --urls "http://127.0.0.1:$2" \
        "${BOT_SETTINGS[@]}") >>"$RUN/echo.log" 2>&1 &
      SERVER_PID=$!
      wait_http "http://127.0.0.1:$2/healthz" "$SERVER_PID" 120 ;;
    node)
      (cd "$ROOT/bench/node-echo" && NODE_ENV=production PORT=$2 HOST=127.0.0.1 exec node index.js) >>"$RUN/node.log" 2>&1 &
      SERVER_PID=$!
      wait_http "http://127.0.0.1:$2/" "$SERVER_PID" 60 ;;
  esac
}

run_wrk() { # label, port, seconds
  BENCH_LABEL=$1 BENCH_USERS="$RUN/users.tsv" BENCH_QUESTIONS="$RUN/questions.txt" BENCH_SERVICE_URL="$SERVICE_URL" BENCH_THREADS=1 \
    wrk -t1 -c"$CONNECTIONS" -d"${3}s" --timeout 10s -s "$ROOT/bench/scripts/teams-turns.lua" "http://127.0.0.1:$2/api/messages" \
    >"$RUN/wrk-$1.out" 2>&1 || { cat "$RUN/wrk-$1.out" >&2; return 1; }
  grep '^RESULT' "$RUN/wrk-$1.out"
}

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }

RESULTS="$RUN/results.txt"
: >"$RESULTS"
port_of() { case "$1" in bot) echo "$BOT_PORT" ;; echo) echo "$ECHO_PORT" ;; node) echo "$NODE_PORT" ;; base) echo "$BASE_PORT" ;; esac; }
declare -A PIDS
SLICE=$(( (DURATION + SLICES - 1) / SLICES ))
log "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$RUNS"); do
  # All targets up at once (an idle one uses no CPU), each warmed up in turn.
  for target in $TARGETS; do
    port=$(port_of "$target")
    log "run $run: $target: starting on port $port"
    start_target "$target" "$port" || { echo "$target did not start" >&2; tail -30 "$RUN/$target.log" >&2; exit 1; }
    PIDS[$target]=$SERVER_PID
    log "run $run: $target: warm-up"
    warm_line=$(run_wrk "$target-warmup" "$port" "$WARMUP")
    warm_turns=$(field "$warm_line" requests)
    warm_seconds=$WARMUP
    while [ "$warm_turns" -lt "$WARMUP_TURNS" ] && [ "$warm_seconds" -lt "$WARMUP_MAX" ]; do
      warm_line=$(run_wrk "$target-warmup" "$port" 10)
      warm_turns=$((warm_turns + $(field "$warm_line" requests)))
      warm_seconds=$((warm_seconds + 10))
    done
    log "run $run: $target: warmed up with $warm_turns turns in ${warm_seconds}s"
  done
  # Measured in interleaved slices (bot, echo, node, bot, echo, node, ...), so that the machine's drift over the run
  # (other work, a busy host) falls on every target alike rather than on whichever happened to run last.
  log "run $run: measuring ${SLICES} slices of ${SLICE}s per target at $CONNECTIONS connections, interleaved"
  for slice in $(seq 1 "$SLICES"); do
    for target in $TARGETS; do
      port=$(port_of "$target")
      SERVER_PID=${PIDS[$target]}
      before=$(stub_requests)
      cpu_before=$(cpu_ticks)
      load_before=$(cut -d' ' -f1 /proc/loadavg)
      line=$(run_wrk "$target" "$port" "$SLICE")
      cpu_after=$(cpu_ticks)
      after=$(stub_requests)
      echo "run=$run slice=$slice target=$target $line connector=$((after - before - 1)) cpu_ticks=$((cpu_after - cpu_before)) load1=$load_before" >>"$RESULTS"
      log "run $run: slice $slice: $target: $(field "$line" rps) turns/s"
    done
  done
  for target in $TARGETS; do
    SERVER_PID=${PIDS[$target]}
    stop_server
  done
  sleep 2
done

# ---------------------------------------------------------------- the figures
python3 - "$RESULTS" "$CONNECTIONS" "$WARMUP" "$DURATION" "$TICKS" "$BASE" <<'EOF'
import statistics, sys
slices = []
for line in open(sys.argv[1]):
    fields = dict(p.split("=", 1) for p in line.split() if "=" in p)
    slices.append(fields)
ticks_per_second = float(sys.argv[5])
# A run's figure for a target, from its slices: turns and CPU summed over the slices, p50 the median slice's,
# p99 the worst slice's (no slice's p99 is hidden by the others).
rows = []
for key in dict.fromkeys((s["run"], s["target"]) for s in slices):
    mine = [s for s in slices if (s["run"], s["target"]) == key]
    requests = sum(int(s["requests"]) for s in mine)
    seconds = sum(float(s["seconds"]) for s in mine)
    row = {"run": key[0], "target": key[1], "requests": str(requests), "slices": mine,
           "rps": "%.1f" % (requests / seconds),
           "p50_ms": "%.2f" % statistics.median(float(s["p50_ms"]) for s in mine),
           "p99_ms": "%.2f" % max(float(s["p99_ms"]) for s in mine),
           "connector_rps": "%.1f" % (sum(int(s["connector"]) for s in mine) / seconds),
           "cpu_ms_per_turn": "%.2f" % (sum(int(s["cpu_ticks"]) for s in mine) * 1000 / ticks_per_second / max(requests, 1)),
           "load1": "%.1f" % statistics.mean(float(s["load1"]) for s in mine)}
    for k in ("non2xx", "connect", "read", "write", "timeout"):
        row[k] = str(sum(int(s[k]) for s in mine))
    rows.append(row)
targets = []
for r in rows:
    if r["target"] not in targets:
        targets.append(r["target"])
names = {"bot": "KarmayogiBot (real questions)", "echo": "bare echo, same stack", "node": "botbuilder 4.23 echo (Node)",
         "base": "KarmayogiBot at %s (baseline)" % sys.argv[6][:12]}
print()
print("Turns at %s concurrent conversations, %ss+ warm-up + %ss measured, per run:" % (sys.argv[2], sys.argv[3], sys.argv[4]))
print("%-4s %-31s %9s %8s %8s %7s %12s %12s %6s" % ("run", "target", "turns/s", "p50 ms", "p99 ms", "errors", "connector/s", "CPU ms/turn", "load1"))
for r in rows:
    errors = sum(int(r[k]) for k in ("non2xx", "connect", "read", "write", "timeout"))
    print("%-4s %-31s %9s %8s %8s %7d %12s %12s %6s" % (r["run"], names.get(r["target"], r["target"]), r["rps"], r["p50_ms"], r["p99_ms"], errors, r["connector_rps"], r["cpu_ms_per_turn"], r["load1"]))
runs = sorted({r["run"] for r in rows}, key=int)
by = {(r["run"], r["target"]): r for r in rows}
if all((run, t) in by for run in runs for t in ("bot", "echo")):
    print()
    print("Slice by slice, bot / bare echo (each pair measured back to back):")
    for run in runs:
        pairs = zip(by[(run, "bot")]["slices"], by[(run, "echo")]["slices"])
        print("  run %s: %s" % (run, "  ".join("%.1f%%" % (100 * float(b["rps"]) / float(e["rps"])) for b, e in pairs)))
def ratio(run, a, b):
    if (run, a) in by and (run, b) in by and float(by[(run, b)]["rps"]) > 0:
        return 100 * float(by[(run, a)]["rps"]) / float(by[(run, b)]["rps"])
    return None
print()
print("Per run: bot / bare echo (target >= 70%), bot / Node SDK echo (target >= 100%), bot p99 (target <= 50 ms):")
for run in runs:
    parts = []
    for other, label in (("echo", "bot/echo"), ("node", "bot/node"), ("base", "bot/baseline")):
        value = ratio(run, "bot", other)
        if value is not None:
            parts.append("%s %5.1f%%" % (label, value))
    if (run, "bot") in by:
        parts.append("bot p99 %.1f ms" % float(by[(run, "bot")]["p99_ms"]))
    if parts:
        print("  run %s: %s" % (run, "   ".join(parts)))
# The median run: the one whose bot turns/s is the median (the lower middle one for an even count).
if all((run, "bot") in by for run in runs) and runs:
    ordered = sorted(runs, key=lambda run: float(by[(run, "bot")]["rps"]))
    median_run = ordered[(len(ordered) - 1) // 2]
    print()
    print("Median run (by the bot's turns/s): run %s" % median_run)
    for t in targets:
        r = by.get((median_run, t))
        if r:
            print("  %-31s %8s turns/s   p50 %7s ms   p99 %7s ms   %5s CPU ms/turn   load %s" % (names.get(t, t), r["rps"], r["p50_ms"], r["p99_ms"], r["cpu_ms_per_turn"], r["load1"]))
    for other, label, goal in (("echo", "bot / bare echo", ">= 70%"), ("node", "bot / Node SDK echo", ">= 100%"), ("base", "bot / baseline", ">= 100%: no worse")):
        value = ratio(median_run, "bot", other)
        if value is not None:
            print("  %-31s %7.1f%%  (target %s)" % (label, value, goal))
    print("  %-31s %7.1f ms (target <= 50 ms)" % ("bot p99", float(by[(median_run, "bot")]["p99_ms"])))
if len(runs) > 1:
    median = {t: {k: statistics.median(float(r[k]) for r in rows if r["target"] == t) for k in ("rps", "p50_ms", "p99_ms", "cpu_ms_per_turn")} for t in targets}
    print()
    print("Each target's median over the %d runs:" % len(runs))
    for t in targets:
        m = median[t]
        print("  %-31s %8.1f turns/s   p50 %7.2f ms   p99 %7.2f ms   %5.2f CPU ms/turn" % (names.get(t, t), m["rps"], m["p50_ms"], m["p99_ms"], m["cpu_ms_per_turn"]))
    if "bot" in median:
        for other, label in (("echo", "bot / bare echo"), ("node", "bot / Node SDK echo"), ("base", "bot / baseline")):
            if other in median:
                print("  %-31s %7.1f%%" % (label, 100 * median["bot"]["rps"] / median[other]["rps"]))
EOF
log "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# Try KarmayogiBot in the Microsoft 365 Agents Playground, a Teams-like chat on your machine: starts the bot with the
# demo zone (imported into data/playground.db on first run) and the playground, offline, until Ctrl+C.
# Usage: scripts/playground.sh [officer|nodal]
#   officer (default)  you are Alex Wilber, an Inspector in CGST Chennai North with part of the plan done
#   nodal              you are Kavita Menon, the demo zone's nodal officer: try "summary", "defaulters", "export"
#   BOT_PORT (3978), PLAYGROUND_PORT (56150), KARMAYOGI_DB (data/playground.db)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
who="${1:-officer}"
bot_port="${BOT_PORT:-3978}"
pg_port="${PLAYGROUND_PORT:-56150}"
db="${KARMAYOGI_DB:-$root/data/playground.db}"
run=$(mktemp -d)

command -v dotnet >/dev/null || { echo "the .NET 10 SDK is needed: https://dot.net" >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js 20 or later (with npm) is needed: https://nodejs.org" >&2; exit 1; }
if [ ! -d "$root/e2e/node_modules/@microsoft/m365agentsplayground" ]; then
  echo "Installing the Agents Playground (npm, into e2e/node_modules) ..."
  npm ci --prefix "$root/e2e" --no-audit --no-fund --loglevel=error
fi

case "$who" in
  officer) name="Alex Wilber, an Inspector of the demo zone"; current='{ id: "29:demo-alex", name: "Alex Wilber", userPrincipleName: "alexw@example.com", aadObjectId: "00000000-0000-0000-0000-0000000000020", givenName: "Alex", surname: "Wilber", email: "alexw@example.com" }' ;;
  nodal) name="Kavita Menon, the demo zone's nodal officer"; current='{ id: "29:demo-kavita", name: "Kavita Menon", userPrincipleName: "kavita.menon@cbic.gov.in", aadObjectId: "00000000-0000-0000-0000-0000000000044", givenName: "Kavita", surname: "Menon", email: "kavita.menon@cbic.gov.in" }' ;;
  *) echo "usage: $0 [officer|nodal]" >&2; exit 2 ;;
esac
cat > "$run/pg-config.yml" <<YML
version: "0.1.1"
tenantId: 00000000-0000-0000-0000-0000000000001
bot: { id: "28:karmayogibot-demo", name: KarmayogiBot }
currentUser: $current
users:
  - { id: "29:demo-meena", name: Meena Iyer, userPrincipleName: meena.iyer@cbic.gov.in, aadObjectId: 00000000-0000-0000-0000-000000000101, givenName: Meena, surname: Iyer, email: meena.iyer@cbic.gov.in }
  - { id: "29:demo-rahul", name: Rahul Verma, userPrincipleName: rahul.verma@cbic.gov.in, aadObjectId: 00000000-0000-0000-0000-000000000102, givenName: Rahul, surname: Verma, email: rahul.verma@cbic.gov.in }
  - { id: "29:u3", name: User Three, userPrincipleName: u3@example.com, aadObjectId: 00000000-0000-0000-0000-000000000103, givenName: User, surname: Three, email: u3@example.com }
  - { id: "29:u4", name: User Four, userPrincipleName: u4@example.com, aadObjectId: 00000000-0000-0000-0000-000000000104, givenName: User, surname: Four, email: u4@example.com }
  - { id: "29:u5", name: User Five, userPrincipleName: u5@example.com, aadObjectId: 00000000-0000-0000-0000-000000000105, givenName: User, surname: Five, email: u5@example.com }
personalChat: { id: "a:demo-personal-$who" }
groupChat: { id: "19:demo-group@thread.v2", name: Demo group }
team: { id: "19:demo-team@thread.tacv2", name: Chennai CGST Zone, aadGroupId: 00000000-0000-0000-0000-000000000200, channels: [ { id: "19:demo-nodal@thread.tacv2", name: Nodal officers } ] }
YML

pids=()
stop() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$run"; }
trap stop EXIT INT TERM

echo "Starting the bot on http://127.0.0.1:$bot_port (store: $db) ..."
ConnectionStrings__Karmayogi="Data Source=$db" MicrosoftAppId= MicrosoftAppPassword= \
  dotnet run --project "$root/bot" -- --urls "http://127.0.0.1:$bot_port" > "$run/bot.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$bot_port/healthz" >/dev/null 2>&1 && break
  kill -0 "${pids[0]}" 2>/dev/null || { cat "$run/bot.log" >&2; echo "the bot did not start (is port $bot_port taken? set BOT_PORT)" >&2; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$bot_port/healthz" >/dev/null || { cat "$run/bot.log" >&2; exit 1; }

# Offline: --dt and no statsbeat (no telemetry); it sends no token, which is why the bot runs without a MicrosoftAppId.
M365_AGENTS_PLAYGROUND_CONFIG_PATH="$run/pg-config.yml" APPLICATION_INSIGHTS_NO_STATSBEAT=true \
  node "$root/e2e/node_modules/@microsoft/m365agentsplayground/cli.js" \
  -e "http://127.0.0.1:$bot_port/api/messages" -c msteams --dt -p "$pg_port" > "$run/playground.out" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
  port=$(sed -n 's/^Listening on \([0-9]*\).*/\1/p' "$run/playground.out" | head -1)
  [ -n "$port" ] && curl -sf "http://127.0.0.1:$port/_debug/ping" >/dev/null 2>&1 && break
  sleep 0.2
done
[ -n "${port:-}" ] || { cat "$run/playground.out" >&2; echo "the playground did not start" >&2; exit 1; }

echo
echo "  Open http://127.0.0.1:$port and choose \"Personal Chat\"; you are $name."
echo "  Ask: my courses | deadline | my status | which designation on iGOT | मेरी अंतिम तिथि क्या है?$( [ "$who" = nodal ] && echo ' | summary | defaulters | export | nudge status')"
echo "  Ctrl+C stops the bot and the playground."
wait "${pids[1]}"

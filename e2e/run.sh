#!/usr/bin/env bash
# The end-to-end test through the Microsoft 365 Agents Playground (e2e/run-e2e.js), with what it needs installed
# first: Debian's chromium (and fonts for Hindi and emoji, for the screenshots), the npm packages into e2e/, and the
# bot and the worker built. Finishes within 5 minutes or fails.
# Usage: e2e/run.sh [--no-build] [--update-docs]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=1
args=()
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    *) args+=("$a") ;;
  esac
done

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi lohit || missing+=(fonts-lohit-deva)
fc-list 2>/dev/null | grep -qi "noto color emoji" || missing+=(fonts-noto-color-emoji)
if [ ${#missing[@]} -gt 0 ]; then
  echo "e2e: installing ${missing[*]}" >&2
  apt_log=$(mktemp)
  if ! { as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}"; } >"$apt_log" 2>&1; then
    cat "$apt_log" >&2
    # The fonts only make the screenshots legible; chromium is a must.
    [ -x /usr/bin/chromium ] || { echo "e2e: chromium could not be installed" >&2; exit 1; }
  fi
  rm -f "$apt_log"
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -d "$here/node_modules" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
fi

if [ "$build" = 1 ]; then
  dotnet build "$root/bot/KarmayogiBot.Bot.csproj" --nologo -v quiet
  dotnet build "$root/worker/KarmayogiBot.Worker.csproj" --nologo -v quiet
fi

node_flags=()
node -e 'process.exit(typeof WebSocket === "undefined" ? 0 : 1)' && node_flags+=(--experimental-websocket --no-warnings)
NETGUARD_LOG="$here/run/netguard-runner.log" exec timeout --kill-after=10 300 node "${node_flags[@]}" -r "$here/netguard.js" "$here/run-e2e.js" "${args[@]}"

#!/usr/bin/env bash
# Validates appPackage/manifest.json (or the manifest given) offline against Microsoft's schema for its
# manifestVersion, and its icons. Installs the npm packages into e2e/ first when they are missing.
# Usage: scripts/validate-manifest.sh [path/to/manifest.json]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -d "$root/e2e/node_modules/@microsoft/app-manifest" ] || [ ! -d "$root/e2e/node_modules/fs-extra" ]; then
  npm ci --prefix "$root/e2e" --no-audit --no-fund --loglevel=error >&2
fi
# Offline: any DNS lookup or connection beyond loopback is refused and logged.
NETGUARD_LOG="${NETGUARD_LOG:-/dev/null}" exec node -r "$root/e2e/netguard.js" "$root/scripts/validate-manifest.js" "$@"

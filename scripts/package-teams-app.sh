#!/usr/bin/env bash
# Builds the Teams app package: appPackage/manifest.json with the bot's app id filled in (as the Teams app id and the
# bot id), and the two icons, zipped at the archive's root; then validates the filled-in manifest offline.
# Usage: scripts/package-teams-app.sh [APP_ID] [OUT_ZIP]
#   APP_ID   the bot's MicrosoftAppId (default: $MicrosoftAppId)
#   OUT_ZIP  default appPackage/build/karmayogibot.zip
#   APP_VERSION (default: the manifest's) must grow with each upload of a changed package;
#   WEBSITE_URL, PRIVACY_URL, TERMS_URL replace the developer links (https).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
app_id="${1:-${MicrosoftAppId:-}}"
out="${2:-$root/appPackage/build/karmayogibot.zip}"
if ! [[ "$app_id" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]]; then
  echo "usage: $0 APP_ID [OUT_ZIP]   (APP_ID: the bot's MicrosoftAppId, a GUID; or set MicrosoftAppId)" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
APP_ID="$app_id" python3 - "$root/appPackage/manifest.json" "$work/manifest.json" <<'PY'
import json, os, sys
manifest = json.load(open(sys.argv[1], encoding="utf-8"))
app_id = os.environ["APP_ID"].lower()
manifest["id"] = app_id
for bot in manifest.get("bots", []):
    bot["botId"] = app_id
if os.environ.get("APP_VERSION"):
    manifest["version"] = os.environ["APP_VERSION"]
for key, variable in (("websiteUrl", "WEBSITE_URL"), ("privacyUrl", "PRIVACY_URL"), ("termsOfUseUrl", "TERMS_URL")):
    if os.environ.get(variable):
        manifest["developer"][key] = os.environ[variable]
json.dump(manifest, open(sys.argv[2], "w", encoding="utf-8"), indent=2, ensure_ascii=False)
PY
cp "$root/appPackage/color.png" "$root/appPackage/outline.png" "$work/"

if command -v node >/dev/null && command -v npm >/dev/null; then
  "$root/scripts/validate-manifest.sh" "$work/manifest.json"
else
  echo "warning: node/npm not found, the manifest was not validated (scripts/validate-manifest.sh)" >&2
fi

mkdir -p "$(dirname "$out")"
rm -f "$out"
python3 - "$work" "$out" <<'PY'
import os, sys, zipfile
work, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name in ("manifest.json", "color.png", "outline.png"):
        z.write(os.path.join(work, name), name)
PY
echo "$out"

#!/usr/bin/env bash
# Builds the Teams app package (a zip with manifest.json, color.png, outline.png and en.json at its root)
# from the templates in this folder, filling in the ids and the host name.
#
# Usage:
#   manifest/package.sh --app-id GUID --bot-id GUID --domain HOST [--aad-app-id GUID] [--version X.Y.Z]
#                       [--out FILE.zip]
#
#   --app-id      the Teams app id (any GUID you generate once and keep; Teams uses it to recognise updates)
#   --bot-id      the bot's Microsoft App ID (app registration client id, or the managed identity's client id)
#   --domain      the host name the bot runs on, e.g. intervisiebot-prod.azurewebsites.net (no scheme, no path)
#   --aad-app-id  the Entra app registration for webApplicationInfo (SSO/RSC); defaults to --bot-id. A bot that
#                 uses a user-assigned managed identity has no app registration: pass a separate one here.
#   --version     the app version (semver X.Y.Z); raise it for every update you upload. Default: manifest.json's
#   --out         the zip to write; default: out/intervisiebot-teams-app.zip under the repository root
#
# Needs bash and either `zip` or `python3` (falls back to python3's zipfile when zip is absent;
# ZIP_TOOL=zip or ZIP_TOOL=python3 forces one).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/.." && pwd)"

usage() {
  # Prints the comment block at the top of this file.
  awk 'NR == 1 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "${BASH_SOURCE[0]}"
  exit 0
}

fail() {
  echo "package.sh: $*" >&2
  exit 2
}

app_id=""
bot_id=""
domain=""
aad_app_id=""
app_version=""
out="$repo_root/out/intervisiebot-teams-app.zip"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --app-id) [[ $# -ge 2 ]] || fail "--app-id needs a value"; app_id="$2"; shift 2 ;;
    --bot-id) [[ $# -ge 2 ]] || fail "--bot-id needs a value"; bot_id="$2"; shift 2 ;;
    --domain) [[ $# -ge 2 ]] || fail "--domain needs a value"; domain="$2"; shift 2 ;;
    --aad-app-id) [[ $# -ge 2 ]] || fail "--aad-app-id needs a value"; aad_app_id="$2"; shift 2 ;;
    --version) [[ $# -ge 2 ]] || fail "--version needs a value"; app_version="$2"; shift 2 ;;
    --out) [[ $# -ge 2 ]] || fail "--out needs a value"; out="$2"; shift 2 ;;
    -h|--help) usage ;;
    *) fail "unknown argument '$1' (see --help)" ;;
  esac
done

guid_re='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
# A DNS host name: labels of letters, digits and hyphens (not at either end), at least two labels.
host_re='^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$'

[[ -n "$app_id" ]] || fail "--app-id is required (see --help)"
[[ -n "$bot_id" ]] || fail "--bot-id is required (see --help)"
[[ -n "$domain" ]] || fail "--domain is required (see --help)"
[[ "$app_id" =~ $guid_re ]] || fail "--app-id '$app_id' is not a GUID"
[[ "$bot_id" =~ $guid_re ]] || fail "--bot-id '$bot_id' is not a GUID"
[[ -z "$aad_app_id" || "$aad_app_id" =~ $guid_re ]] || fail "--aad-app-id '$aad_app_id' is not a GUID"
[[ "$domain" =~ $host_re && ${#domain} -le 253 ]] \
  || fail "--domain '$domain' is not a host name (give only the host, e.g. mybot.azurewebsites.net)"
[[ -n "$aad_app_id" ]] || aad_app_id="$bot_id"
# The manifest schema's semver: three numbers without leading zeros.
semver_re='^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$'
[[ -z "$app_version" || "$app_version" =~ $semver_re ]] || fail "--version '$app_version' is not X.Y.Z"

# GUIDs in the manifest are conventionally lower case; host names are case-insensitive.
app_id="${app_id,,}"
bot_id="${bot_id,,}"
aad_app_id="${aad_app_id,,}"
domain="${domain,,}"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

substitute() {
  # The values are validated above (hex digits, hyphens, dots), so they are safe in a sed replacement.
  sed -e "s/{{APP_ID}}/$app_id/g" \
      -e "s/{{BOT_ID}}/$bot_id/g" \
      -e "s/{{AAD_APP_ID}}/$aad_app_id/g" \
      -e "s/{{DOMAIN}}/$domain/g" \
      "$1" > "$2"
  if grep -q '{{[A-Z_]*}}' "$2"; then
    fail "$(basename "$1") still has a placeholder after substitution: $(grep -o '{{[A-Z_]*}}' "$2" | sort -u | tr '\n' ' ')"
  fi
}

substitute "$here/manifest.json" "$stage/manifest.json"
if [[ -n "$app_version" ]]; then
  # Only the top-level "version" line (two-space indent) is the app version.
  sed -i -E "s/^  \"version\": \"[^\"]*\"/  \"version\": \"$app_version\"/" "$stage/manifest.json"
  grep -q "^  \"version\": \"$app_version\"" "$stage/manifest.json" || fail "could not set the version in manifest.json"
fi
substitute "$here/en.json" "$stage/en.json"
cp "$here/color.png" "$here/outline.png" "$stage/"

mkdir -p "$(dirname "$out")"
out_abs="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
rm -f "$out_abs"

files=(manifest.json color.png outline.png en.json)
zip_tool="${ZIP_TOOL:-}"
if [[ -z "$zip_tool" ]]; then
  if command -v zip >/dev/null 2>&1; then zip_tool=zip
  elif command -v python3 >/dev/null 2>&1; then zip_tool=python3
  else fail "neither zip nor python3 is installed; install one of them (apt-get install zip)"
  fi
fi
if [[ "$zip_tool" == zip ]]; then
  (cd "$stage" && zip -q -X "$out_abs" "${files[@]}")
elif [[ "$zip_tool" == python3 ]]; then
  (cd "$stage" && python3 - "$out_abs" "${files[@]}" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for name in sys.argv[2:]:
        z.write(name, arcname=name)
PY
  )
else
  fail "ZIP_TOOL must be zip or python3, not '$zip_tool'"
fi

echo "wrote $out_abs (app id $app_id, bot id $bot_id, domain $domain)"

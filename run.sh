#!/usr/bin/env bash
# Starts Azurite (data under .data/), the bot on http://localhost:3978 (development mode: no app id, loopback only)
# and the Microsoft 365 Agents Playground connected to it. Open http://127.0.0.1:56150 and type "help".
set -euo pipefail
cd "$(dirname "$0")"

scripts/ensure-tools.sh no-browser

mkdir -p .data/azurite
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

echo "==> Azurite (tables) on 127.0.0.1:10002, data in .data/azurite"
node node_modules/azurite/dist/src/table/main.js --tableHost 127.0.0.1 --tablePort 10002 \
  --location .data/azurite --skipApiVersionCheck --disableTelemetry --silent &
pids+=($!)

echo "==> IntervisieBot on http://localhost:3978"
ASPNETCORE_ENVIRONMENT=Development dotnet run --project Bot --no-restore -- --urls "http://127.0.0.1:3978" &
pids+=($!)

for _ in $(seq 1 120); do
  curl -fs http://127.0.0.1:3978/healthz >/dev/null 2>&1 && break
  sleep 1
done

echo "==> Agents Playground on http://127.0.0.1:56150 (open it in a browser and type: help)"
TEAMSAPPTESTER_BROWSER=none node_modules/.bin/agentsplayground -e http://127.0.0.1:3978/api/messages -c msteams --dt -p 56150 &
pids+=($!)

wait -n "${pids[@]}"

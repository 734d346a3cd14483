#!/usr/bin/env bash
# Installs what the bot and its tests need on a fresh machine: Debian chromium (for the browser tests),
# the npm dev tools (Azurite, Agents Playground, adaptivecards, Teams manifest schemas, playwright-core) and the NuGet
# packages. Safe to run again: each step is skipped when already done. Never downloads a browser build of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

need_browser="${1:-with-browser}"

if [ "$need_browser" = "with-browser" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "==> installing Debian chromium (browser tests)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

if [ -L node_modules ]; then
  # A node_modules symlinked to another checkout's install (git worktrees share one): never npm ci through it, which
  # would empty the shared folder; its owner keeps it up to date.
  echo "==> node_modules is a link to $(readlink node_modules); not reinstalling it"
elif [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> npm ci (dev tools)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

echo "==> dotnet restore"
dotnet restore IntervisieBot.sln --verbosity quiet

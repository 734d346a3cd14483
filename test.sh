#!/usr/bin/env bash
# Runs every test: unit, in-process integration (Azurite), card validation, browser end-to-end (Agents Playground + chromium).
# Installs what is missing first. Usage: ./test.sh [extra dotnet test args, e.g. --filter FullyQualifiedName~Auth]
set -euo pipefail
cd "$(dirname "$0")"

scripts/ensure-tools.sh with-browser

echo "==> build"
dotnet build IntervisieBot.sln -c Release --no-restore --nologo --verbosity quiet

echo "==> test"
log="$(mktemp)"
set +e
dotnet test IntervisieBot.sln -c Release --no-build --nologo --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain summary line for humans and CI: "Tests: N passed, N failed, N skipped" (from the runner's "Total tests" block).
awk '
  /^Total tests:/ { in_summary = 1 }
  in_summary && $1 == "Passed:" { p += $2 }
  in_summary && $1 == "Failed:" { f += $2 }
  in_summary && $1 == "Skipped:" { s += $2 }
  /^(Passed!|Failed!) +- Failed: / {
    for (i = 1; i <= NF; i++) { gsub(",", "", $i); if ($i == "Failed:") f2 += $(i+1); if ($i == "Passed:") p2 += $(i+1); if ($i == "Skipped:") s2 += $(i+1) }
  }
  END { if (p + f + s == 0) { p = p2; f = f2; s = s2 } printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"

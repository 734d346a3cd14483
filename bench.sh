#!/usr/bin/env bash
# Runs every benchmark (turn throughput/latency against the bot as its own process and, on the same message stream, against
# three peers: the botbuilder echo bot, an echo bot on the Teams SDK for JavaScript and a botbuilder bot with Blob state;
# the targets as ratios; the storage requests per kind of turn;
# cold start, chaos (kills, an Azurite freeze, connector faults), recommender, personal-data guard speed (texts/s and
# per-text p99 over both guard corpora), reminder fan-out of 10,000 reminders against Teams' limits) and writes
# bench-results/results.json and bench-results/results.md. About 9-10 minutes (the fan-out is paced at 50/s: ~3.5 min;
# chaos 60 s plus its drain).
# Installs what is missing first (npm ci, dotnet restore), builds Release. Never fails on timing; not part of ./test.sh.
# Usage: ./bench.sh [--conversations 50] [--duration 20] [--warmup 5] [--lessons 1000] [--queries 2000] [--chaos-duration 60] [--no-chaos]
#                   [--guard-rounds 50] [--reminders 10000] [--reminder-users 2000] [--instances 1] [--no-peers] [--smoke]
set -euo pipefail
cd "$(dirname "$0")"

scripts/ensure-tools.sh no-browser

echo "==> build (Release)"
dotnet build Bot.Benchmarks/Bot.Benchmarks.csproj -c Release --no-restore --nologo --verbosity quiet

echo "==> benchmarks"
dotnet Bot.Benchmarks/bin/Release/net10.0/IntervisieBot.Benchmarks.dll \
  --repo "$PWD" --bot-dll "$PWD/Bot/bin/Release/net10.0/IntervisieBot.dll" --out "$PWD/bench-results" "$@"

#!/usr/bin/env bash
# Starts Azurite (data under .data/), the bot (development mode: no app id, loopback only) and the Microsoft 365 Agents
# Playground connected to it. Open the Playground address printed last and type "hulp".
#
# Settings (environment):
#   BOT_PORT (3978), PLAYGROUND_PORT (56150), AZURITE_PORT (10002)  ports on 127.0.0.1; each must be free
#   BOT_LOG_LEVEL (Warning)   the bot's console: warnings and errors, plus one line per turn; Information shows everything
#   DATA_DIR (.data)          where Azurite keeps its tables; PLAYGROUND_LOG ($DATA_DIR/playground.log) the Playground's output
#   BOT_CONFIGURATION (Debug), BOT_NO_BUILD (unset)   run an already built bot (e.g. Release, as the tests do)
#   RUN_SKIP_INSTALL (unset)  skip scripts/ensure-tools.sh (tools already installed)
set -euo pipefail
cd "$(dirname "$0")"

BOT_PORT="${BOT_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
AZURITE_PORT="${AZURITE_PORT:-10002}"
BOT_LOG_LEVEL="${BOT_LOG_LEVEL:-Warning}"
DATA_DIR="${DATA_DIR:-.data}"
PLAYGROUND_LOG="${PLAYGROUND_LOG:-$DATA_DIR/playground.log}"
BOT_CONFIGURATION="${BOT_CONFIGURATION:-Debug}"

fail() { echo "run.sh: $*" >&2; exit 1; }

for name in BOT_PORT PLAYGROUND_PORT AZURITE_PORT; do
  port="${!name}"
  [[ "$port" =~ ^[0-9]+$ ]] && (( port >= 1 && port <= 65535 )) || fail "$name must be a port number (1-65535), not '$port'"
  # Something already answers on it: starting there would talk to that process instead of ours.
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    fail "port $port ($name) is already in use; stop that process or choose another, e.g. $name=$((port + 1)) ./run.sh"
  fi
done
[ "$BOT_PORT" != "$PLAYGROUND_PORT" ] && [ "$BOT_PORT" != "$AZURITE_PORT" ] && [ "$PLAYGROUND_PORT" != "$AZURITE_PORT" ] \
  || fail "BOT_PORT, PLAYGROUND_PORT and AZURITE_PORT must differ"

[ -n "${RUN_SKIP_INSTALL:-}" ] || scripts/ensure-tools.sh no-browser

mkdir -p "$DATA_DIR/azurite"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

echo "==> Azurite (tables) on 127.0.0.1:$AZURITE_PORT, data in $DATA_DIR/azurite"
node node_modules/azurite/dist/src/table/main.js --tableHost 127.0.0.1 --tablePort "$AZURITE_PORT" \
  --location "$DATA_DIR/azurite" --skipApiVersionCheck --disableTelemetry --silent &
pids+=($!)

echo "==> IntervisieBot on http://127.0.0.1:$BOT_PORT (console: $BOT_LOG_LEVEL and one line per turn)"
# The well-known public Azurite development account, on the chosen port.
tables="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$AZURITE_PORT/devstoreaccount1;"
build_args=(--no-restore)
[ -z "${BOT_NO_BUILD:-}" ] || build_args=(--no-build)
ASPNETCORE_ENVIRONMENT=Development dotnet run --project Bot -c "$BOT_CONFIGURATION" "${build_args[@]}" -- \
  --urls "http://127.0.0.1:$BOT_PORT" \
  "--ConnectionStrings:Tables=$tables" \
  "--Logging:LogLevel:Default=$BOT_LOG_LEVEL" \
  "--Logging:LogLevel:IntervisieBot.Protocol.Turns.TurnRunner=Information" \
  "--Logging:Console:FormatterName=simple" \
  "--Logging:Console:FormatterOptions:SingleLine=true" &
bot_pid=$!
pids+=($bot_pid)

# Ready means: our process is still running and the page it serves at / is IntervisieBot's (not another program's).
bot_ready=""
for _ in $(seq 1 300); do
  kill -0 "$bot_pid" 2>/dev/null || fail "the bot stopped during start-up (see the lines above)"
  if curl -fs "http://127.0.0.1:$BOT_PORT/healthz" >/dev/null 2>&1 \
    && curl -fs "http://127.0.0.1:$BOT_PORT/" 2>/dev/null | grep -q "IntervisieBot"; then
    bot_ready=1
    break
  fi
  sleep 1
done
[ -n "$bot_ready" ] || fail "the bot did not answer on http://127.0.0.1:$BOT_PORT within 300 s"

echo "==> Agents Playground on http://127.0.0.1:$PLAYGROUND_PORT (its output goes to $PLAYGROUND_LOG)"
TEAMSAPPTESTER_BROWSER=none node_modules/.bin/agentsplayground -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams --dt \
  -p "$PLAYGROUND_PORT" >"$PLAYGROUND_LOG" 2>&1 &
playground_pid=$!
pids+=($playground_pid)
for _ in $(seq 1 120); do
  kill -0 "$playground_pid" 2>/dev/null || fail "the Agents Playground stopped during start-up (see $PLAYGROUND_LOG)"
  curl -fs "http://127.0.0.1:$PLAYGROUND_PORT/" >/dev/null 2>&1 && break
  sleep 1
done

echo
echo "==> Ready. Open http://127.0.0.1:$PLAYGROUND_PORT in a browser and type: hulp   (Ctrl+C stops everything)"
echo

wait -n "${pids[@]}"

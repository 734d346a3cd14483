// Peer for the benchmarks (./bench.sh): an echo bot on the current Teams SDK for JavaScript (npm @microsoft/teams.apps)
// with no client id and `dangerouslyAllowUnauthenticatedRequests` (authentication disabled, loopback only, like
// IntervisieBot in the benchmark), answering every message with its text through the activity's serviceUrl. No storage.
// Usage: node tools/bench/teams-echo-bot.js --port 3981 [--host 127.0.0.1]
'use strict';

const http = require('node:http');
const { App, ExpressAdapter } = require('@microsoft/teams.apps');
const { ConsoleLogger } = require('@microsoft/teams.common');
const { loopbackEndpoint, stopOnSignal } = require('./botbuilder-host');

async function main() {
  const { host, port } = loopbackEndpoint('teams-echo-bot');
  const listener = http.createServer();
  const adapter = new ExpressAdapter(listener);
  adapter.get('/healthz', (_req, res) => { res.status(200).send('ok'); });
  const app = new App({
    httpServerAdapter: adapter,
    dangerouslyAllowUnauthenticatedRequests: true,
    logger: new ConsoleLogger('teams-echo-bot', { level: 'error' }),
  });
  app.on('message', async ({ activity, send }) => {
    // replyToId as botbuilder's sendActivity sets it (the SDK's reply() quotes the message instead).
    await send({ type: 'message', text: `Echo: ${activity.text ?? ''}`, replyToId: activity.id });
  });
  await app.initialize();
  listener.keepAliveTimeout = 60000;
  listener.listen(port, host, () => console.log(`teams-echo-bot listening on http://${host}:${port}/api/messages`));
  stopOnSignal(listener);
}

main().catch((error) => {
  console.error(`teams-echo-bot: ${error && error.message}`);
  process.exit(1);
});

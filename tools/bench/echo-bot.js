// Reference bot for the benchmarks (./bench.sh): the official Bot Framework JavaScript SDK (npm botbuilder) with
// CloudAdapter and no app id (authentication disabled, loopback only), echoing every message back to the activity's
// serviceUrl. It does no storage and no real work: it is the floor our bot is compared with.
// Usage: node tools/bench/echo-bot.js --port 3979 [--host 127.0.0.1]
'use strict';

const http = require('node:http');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const host = arg('host', '127.0.0.1');
const port = Number(arg('port', '3979'));
if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
  console.error('echo-bot: authentication is disabled, so it listens on loopback only');
  process.exit(2);
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`echo-bot: turn failed: ${error && error.name}`);
};

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}
const bot = new EchoBot();

// Node's http objects, adapted to the minimal request/response shape CloudAdapter.process expects (as restify/express give).
function asResponse(res) {
  return {
    socket: res.socket,
    header(name, value) { res.setHeader(name, value); },
    status(code) { res.statusCode = code; },
    send(body) {
      if (body === undefined || body === null) return;
      if (typeof body === 'string' || Buffer.isBuffer(body)) { res.write(body); return; }
      res.setHeader('Content-Type', 'application/json');
      res.write(JSON.stringify(body));
    },
    end() { res.end(); },
  };
}

const server = http.createServer((req, res) => {
  if (req.url === '/healthz') { res.statusCode = 200; res.end('ok'); return; }
  if (req.url !== '/api/messages') { res.statusCode = 404; res.end(); return; }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.statusCode = 400; res.end(); return;
    }
    const request = { method: req.method, headers: req.headers, body };
    adapter.process(request, asResponse(res), (context) => bot.run(context)).catch(() => {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
});
server.keepAliveTimeout = 60000;
server.listen(port, host, () => console.log(`echo-bot listening on http://${host}:${port}/api/messages`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));

// The HTTP host shared by the botbuilder peers of the benchmarks (./bench.sh): command-line arguments, the loopback-only
// rule (these peers run with authentication disabled, like IntervisieBot in the benchmark: no app id, loopback only), and
// Node's http objects adapted to the request/response shape CloudAdapter.process expects (as restify/express give).
'use strict';

const http = require('node:http');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

function loopbackEndpoint(botName) {
  const host = arg('host', '127.0.0.1');
  const port = Number(arg('port', '3979'));
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
    console.error(`${botName}: authentication is disabled, so it listens on loopback only`);
    process.exit(2);
  }
  return { host, port };
}

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

// Serves `bot` (an ActivityHandler) at /api/messages through CloudAdapter with no app id, and /healthz.
function serveBotbuilder(botName, bot) {
  const { CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');
  const { host, port } = loopbackEndpoint(botName);
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (context, error) => {
    console.error(`${botName}: turn failed: ${error && error.name}: ${error && error.message}`);
  };
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
  server.listen(port, host, () => console.log(`${botName} listening on http://${host}:${port}/api/messages`));
  stopOnSignal(server);
  return server;
}

function stopOnSignal(server) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}

module.exports = { arg, loopbackEndpoint, serveBotbuilder, stopOnSignal };

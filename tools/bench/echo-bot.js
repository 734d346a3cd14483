// Reference bot for the benchmarks (./bench.sh): the official Bot Framework JavaScript SDK (npm botbuilder) with
// CloudAdapter and no app id (authentication disabled, loopback only), echoing every message back to the activity's
// serviceUrl. It does no storage and no real work: it is the floor our bot is compared with.
// Usage: node tools/bench/echo-bot.js --port 3979 [--host 127.0.0.1]
'use strict';

const { ActivityHandler } = require('botbuilder');
const { serveBotbuilder } = require('./botbuilder-host');

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

serveBotbuilder('echo-bot', new EchoBot());

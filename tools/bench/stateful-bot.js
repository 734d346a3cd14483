// Peer for the benchmarks (./bench.sh): the bot a team would otherwise write with the Bot Framework JavaScript SDK
// (npm botbuilder, CloudAdapter, no app id: authentication disabled, loopback only, like IntervisieBot in the benchmark)
// keeping ConversationState and UserState in Azure Blob storage (npm botbuilder-azure-blobs) on the same Azurite. Every
// message reads both states, counts the message in each, answers and writes both states back.
// Usage: node tools/bench/stateful-bot.js --port 3980 --blobs "<connection string>" [--container bench-state] [--host 127.0.0.1]
'use strict';

const { ActivityHandler, ConversationState, UserState } = require('botbuilder');
const { BlobsStorage } = require('botbuilder-azure-blobs');
const { arg, serveBotbuilder } = require('./botbuilder-host');

const connectionString = arg('blobs', process.env.BENCH_BLOBS_CONNECTION_STRING);
if (!connectionString) {
  console.error('stateful-bot: --blobs <connection string> is required');
  process.exit(2);
}
const storage = new BlobsStorage(connectionString, arg('container', 'bench-state'));
const conversationState = new ConversationState(storage);
const userState = new UserState(storage);
const conversationMessages = conversationState.createProperty('messages');
const userMessages = userState.createProperty('messages');

class StatefulBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const inConversation = (await conversationMessages.get(context, 0)) + 1;
      const fromUser = (await userMessages.get(context, 0)) + 1;
      await conversationMessages.set(context, inConversation);
      await userMessages.set(context, fromUser);
      await context.sendActivity(`Echo (${inConversation} in this conversation, ${fromUser} from you): ${context.activity.text ?? ''}`);
      await next();
    });
  }

  async run(context) {
    await super.run(context);
    await conversationState.saveChanges(context, false);
    await userState.saveChanges(context, false);
  }
}

serveBotbuilder('stateful-bot', new StatefulBot());

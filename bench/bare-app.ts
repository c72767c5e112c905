/**
 * The baseline: a bare Bolt app of the same Bolt version that answers the same requests with no work of its
 * own and makes the same Slack calls (an ephemeral reply for help, views.open for /aiteam, a parent message
 * and four threaded replies for a submission). Run as its own process, like the bot.
 */
import { App, LogLevel } from '@slack/bolt';
import { assess, getDefaultPlaybook, teamProfileSchema } from '../src/advisor/index.js';
import { answerMessages } from '../src/slack/blocks/answer-messages.js';
import { helpMessage } from '../src/slack/blocks/command-replies.js';
import { questionnaireView } from '../src/slack/blocks/questionnaire-view.js';
import { BENCH_TEAM } from './bench-team.js';

/**
 * BARE_PAYLOADS=same: send the bot's own payloads (built once, here, at start-up), so the comparison isolates
 * the bot's per-request work from the size of what it sends. Unset: one-word payloads.
 */
const samePayloads = process.env.BARE_PAYLOADS === 'same';
const playbook = getDefaultPlaybook();
const answer = answerMessages(assess(teamProfileSchema.parse(BENCH_TEAM), playbook), {
  userId: 'U0ASKER',
  editValue: '{}',
  channelId: 'C0BENCH',
  playbook,
});
const help = helpMessage();
const modalBlocks = questionnaireView({ playbook, privateMetadata: '{}', askForChannel: false }).blocks;

const port = Number(process.env.PORT ?? 0);
const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  customRoutes: [
    {
      path: '/healthz',
      method: ['GET'],
      handler: (_request, response) => {
        response.writeHead(200).end('ok');
      },
    },
  ],
});

app.command('/aiteam', async ({ command, ack, client }) => {
  if (command.text.trim() === 'help') {
    await ack(
      samePayloads
        ? { response_type: 'ephemeral', text: help.text, blocks: help.blocks }
        : { response_type: 'ephemeral', text: 'help' },
    );
    return;
  }
  await ack();
  await client.views.open({
    trigger_id: command.trigger_id,
    view: {
      type: 'modal',
      callback_id: 'questionnaire',
      title: { type: 'plain_text', text: 'Bare' },
      private_metadata: JSON.stringify({ channelId: command.channel_id }),
      blocks: samePayloads ? modalBlocks : [],
    },
  });
});

app.view('questionnaire', async ({ ack, view, client }) => {
  await ack();
  const channel = JSON.parse(view.private_metadata).channelId as string;
  if (samePayloads) {
    const parent = await client.chat.postMessage({
      channel,
      text: answer.parent.text,
      blocks: answer.parent.blocks,
    });
    for (const reply of answer.replies) {
      await client.chat.postMessage({
        channel,
        text: reply.text,
        blocks: reply.blocks,
        thread_ts: parent.ts,
      });
    }
    return;
  }
  const parent = await client.chat.postMessage({ channel, text: 'answer' });
  for (let reply = 0; reply < 4; reply += 1) {
    await client.chat.postMessage({ channel, text: 'reply', thread_ts: parent.ts });
  }
});

const server = (await app.start(port)) as { address(): { port: number } };
process.stdout.write(
  `${JSON.stringify({ msg: 'AI Team Advisor is running', port: server.address().port })}\n`,
);
process.on('SIGTERM', () => {
  void app.stop().then(() => process.exit(0));
});

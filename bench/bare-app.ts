/**
 * The baseline: a bare Bolt app of the same Bolt version that answers the same requests with no work of its
 * own and makes the same Slack calls (an ephemeral reply for help, views.open for /aiteam, a parent message
 * and four threaded replies for a submission). Run as its own process, like the bot.
 */
import { App, LogLevel } from '@slack/bolt';

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
    await ack({ response_type: 'ephemeral', text: 'help' });
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
      blocks: [],
    },
  });
});

app.view('questionnaire', async ({ ack, view, client }) => {
  await ack();
  const channel = JSON.parse(view.private_metadata).channelId as string;
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

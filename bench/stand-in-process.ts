import { SlackDriver } from '../test/slack/driver.js';
import { SlackStandIn } from '../test/slack/stand-in.js';

/**
 * The Slack stand-in in a process of its own, for the burst: there its thousands of posts (each parsed and
 * checked against Slack's limits) do not delay the load generator reading the acknowledgements it times.
 * Driven over IPC: `open` opens the questionnaire in the app at `url` and returns the view; `answered` resolves
 * once every channel listed has its five messages; `admin` makes a user a workspace admin; `public channels` adds public channels
 * nobody but their bot is in (so conversations.list lists them, and a plan shows their teams to an admin only).
 */
type Message =
  | { kind: 'open'; url: string; signingSecret: string }
  | { kind: 'admin'; userId: string }
  | { kind: 'public channels'; channels: string[] }
  | { kind: 'answered'; channels: string[] }
  | { kind: 'stop' };

const send = (message: unknown) => process.send?.(message);
const standIn = new SlackStandIn({ botToken: process.env.BOT_TOKEN ?? '', anyChannel: true });
await standIn.start();
send({ kind: 'ready', apiUrl: standIn.apiUrl, workspaceId: standIn.workspaceId, botId: standIn.botId });

process.on('message', async (message: Message) => {
  if (message.kind === 'open') {
    const driver = new SlackDriver(message.url, message.signingSecret, standIn);
    const before = standIn.callsTo('views.open').length;
    await driver.command('', { channelId: 'C0BURST' });
    await standIn.waitFor(() => standIn.callsTo('views.open').length > before);
    send({ kind: 'view', view: standIn.callsTo('views.open').at(-1)?.params.view });
  } else if (message.kind === 'admin') {
    standIn.setUser(message.userId, { is_admin: true });
    send({ kind: 'admin' });
  } else if (message.kind === 'public channels') {
    for (const id of message.channels) standIn.addChannel(id, 'public', { members: [] });
    send({ kind: 'public channels' });
  } else if (message.kind === 'answered') {
    await standIn.waitFor(
      () => message.channels.every((channel) => (standIn.postsPerChannel.get(channel)?.count ?? 0) >= 5),
      300_000,
      'every answer',
    );
    // Forget what was recorded, so a long run does not grow the stand-in's memory.
    standIn.calls.length = 0;
    send({
      kind: 'answered',
      lastAt: Math.max(...message.channels.map((c) => standIn.postsPerChannel.get(c)?.lastAt ?? 0)),
    });
  } else {
    await standIn.stop();
    process.exit(0);
  }
});

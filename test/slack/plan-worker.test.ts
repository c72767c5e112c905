import { afterEach, describe, expect, it } from 'vitest';
import { PICTURE_FAILED_TEXT, unsharedText } from '../../src/slack/blocks/plan-messages.js';
import { PICTURE_FILE_PLACEHOLDER } from '../../src/slack/plan/plan-job.js';
import { eventually } from '../helpers/eventually.js';
import { team } from '../helpers/teams.js';
import { type BotHarness, startBot } from './harness.js';
import { dmsTo, stored } from './plan-fixtures.js';
import type { RecordedCall } from './stand-in.js';

/**
 * From `planWorkerFrom` teams the plan is made in a worker thread (src/slack/plan/plan-thread.ts): the
 * answers cross as data and the messages come back ready to post. Each test runs the same request against
 * two bots with the same teams, one planning on the event loop (the path the other plan tests cover) and one
 * in a worker thread, and expects the person to get the same plan from both.
 */
const NOW = new Date('2026-06-01T09:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;
const bots: BotHarness[] = [];
/**
 * A worker thread loads its own code, then plans and draws: seconds on a machine shared with other work, so
 * each wait (and each test) allows for that.
 */
const WAIT_MS = 45_000;
const TEST_MS = 60_000;

afterEach(async () => {
  await Promise.all(bots.splice(0).map((bot) => bot.stop()));
});

/**
 * A bot with six teams: Bob is a member of C0MINE only and an admin (he sees C0THEIRS's team too, without
 * Re-assess there); two teams are stale, so their lines offer Re-assess where Bob may post. Two teams are in
 * private channels of Ann's: Payments shared its team with the plan (Bob sees it), Secret did not (Bob sees
 * only a count of it, admin or not). The plan reads at most five (the oldest is left out, and it says so).
 */
async function botWithTeams(planWorkerFrom: number): Promise<BotHarness> {
  const bot = await startBot({ clock: { now: () => NOW }, planTeamLimit: 5, planWorkerFrom });
  bots.push(bot);
  bot.standIn.addChannel('C0MINE', 'public', { members: ['U0BOB'] });
  bot.standIn.addChannel('C0THEIRS', 'public', { members: ['U0ANN'] });
  bot.standIn.addChannel('C0SECRET', 'private', { members: ['U0ANN'] });
  bot.standIn.addChannel('C0PAYMENTS', 'private', { members: ['U0ANN'] });
  bot.standIn.setUser('U0BOB', { is_admin: true });
  const teams = [
    { channelId: 'C0MINE', teamName: 'Search', days: 1 },
    { channelId: 'C0SECRET', teamName: 'Secret', days: 5 },
    { channelId: 'C0PAYMENTS', teamName: 'Payments', days: 6, sharedWithPlan: true },
    { channelId: 'C0MINE', teamName: 'Ranking', days: 200 },
    { channelId: 'C0THEIRS', teamName: 'Chat', days: 210 },
    { channelId: 'C0THEIRS', teamName: 'Oldest', days: 400 },
  ];
  for (const { channelId, teamName, days, sharedWithPlan } of teams) {
    await bot.store.save(
      stored(bot, {
        channelId,
        teamName,
        ...(sharedWithPlan ? { sharedWithPlan } : {}),
        createdAt: new Date(NOW.getTime() - days * DAY_MS),
        stage: 'pilot',
        profile: team({ name: teamName, stage: 'pilot', roles: { ai_engineer: 2 } }),
      }),
    );
  }
  return bot;
}

/** `/aiteam plan` as Bob: the DMs he got, and the request's log line. */
async function planOf(bot: BotHarness): Promise<{ messages: RecordedCall[]; sent: Record<string, any> }> {
  const before = dmsTo(bot, 'U0BOB').length;
  await bot.driver.command('plan', { userId: 'U0BOB', channelId: 'C0GENERAL' });
  const sent = await eventually(() => {
    const line = bot.logs.lines.find((entry) => entry.msg === 'sent the hiring plan');
    if (!line) throw new Error('the plan is not sent yet');
    return line;
  }, WAIT_MS);
  return { messages: dmsTo(bot, 'U0BOB').slice(before), sent };
}

/** What Bob reads: each message's text and blocks, with the picture's file id as `fileId`. */
function shown(messages: readonly RecordedCall[]): unknown[] {
  return messages.map((call) => ({
    text: call.params.text,
    blocks: JSON.parse(
      JSON.stringify(call.params.blocks ?? []).replace(
        /"slack_file":\{"id":"[^"]*"\}/g,
        '"slack_file":"fileId"',
      ),
    ),
  }));
}

function imageIn(message: RecordedCall | undefined): Record<string, any> | undefined {
  return ((message?.params.blocks ?? []) as Record<string, any>[]).find((block) => block.type === 'image');
}

describe('a plan made in a worker thread', () => {
  it(
    'sends the same plan as the event loop makes, its picture shown by the uploaded file id',
    async () => {
      const [inPlace, inWorker] = await Promise.all([botWithTeams(1_000), botWithTeams(1)]);
      const [expected, actual] = await Promise.all([planOf(inPlace), planOf(inWorker)]);
      expect(expected.sent.madeIn).toBe('in place');
      expect(actual.sent.madeIn).toBe('worker');
      expect(actual.sent.picture).toBe('shown');
      expect(shown(actual.messages)).toEqual(shown(expected.messages));
      // The same teams, Re-assess where Bob may post only, and the word about the team left out.
      const text = JSON.stringify(shown(actual.messages));
      expect(text).toContain('Ranking');
      expect(text).toContain('Chat');
      expect(text).not.toContain('Oldest');
      expect(text).toContain('older ones are left out');
      // Ann's private teams: the shared one named, the other only counted, as on the event loop.
      expect(text).toContain('Payments');
      expect(text).not.toContain('Secret');
      expect(text).toContain(unsharedText(1));
      expect(text.match(/"action_id":"[^"]*edit[^"]*"/gi)?.length).toBe(1);
      const uploads = [...inWorker.standIn.uploads].filter(
        ([, upload]) => upload.filename === 'hiring-plan.png',
      );
      expect(uploads).toHaveLength(1);
      expect(imageIn(actual.messages[0])?.slack_file).toEqual({ id: uploads[0]?.[0] });
      expect(JSON.stringify(actual.messages)).not.toContain(PICTURE_FILE_PLACEHOLDER);
    },
    TEST_MS,
  );

  it(
    'says the picture is missing, and sends the rest, when its upload fails',
    async () => {
      const bot = await botWithTeams(1);
      bot.standIn.fail('files.getUploadURLExternal', { error: 'fatal_error' });
      const { messages, sent } = await planOf(bot);
      expect(sent).toMatchObject({ madeIn: 'worker', picture: 'failed' });
      expect(imageIn(messages[0])).toBeUndefined();
      expect(JSON.stringify(messages[0]?.params.blocks)).toContain(PICTURE_FAILED_TEXT);
      expect(JSON.stringify(messages)).not.toContain(PICTURE_FILE_PLACEHOLDER);
      expect(JSON.stringify(messages)).toContain('Ranking');
    },
    TEST_MS,
  );

  it(
    'exports the same files as the event loop makes',
    async () => {
      const [inPlace, inWorker] = await Promise.all([botWithTeams(1_000), botWithTeams(1)]);
      const filesOf = async (bot: BotHarness) => {
        await bot.driver.command('plan export', { userId: 'U0BOB' });
        await bot.standIn.waitFor(
          () => [...bot.standIn.uploads.values()].filter((upload) => upload.channel === 'D0BOB').length >= 3,
          WAIT_MS,
        );
        const files = Object.fromEntries(
          [...bot.standIn.uploads.values()]
            .filter((upload) => upload.channel === 'D0BOB')
            .map((upload) => [upload.filename, upload.body]),
        );
        // The words the files come with: how many teams, and what the plan leaves out.
        const words = bot.standIn
          .callsTo('chat.postMessage')
          .map((call) => String(call.params.text))
          .filter((text) => text.includes('as Markdown and CSV files'))
          .join('\n');
        return { files, words };
      };
      const [expected, actual] = await Promise.all([filesOf(inPlace), filesOf(inWorker)]);
      expect(Object.keys(actual.files).sort()).toEqual(Object.keys(expected.files).sort());
      expect(actual.files).toEqual(expected.files);
      expect(actual.files['hiring-plan.md']).toContain('# Hiring plan across 4 teams');
      expect(actual.words).toBe(expected.words);
      expect(actual.words).toContain(unsharedText(1));
      expect(actual.words).toContain('older ones are left out');
    },
    TEST_MS,
  );

  it(
    'shows the same App Home plan section, and uploads its picture once for the same plan',
    async () => {
      const [inPlace, inWorker] = await Promise.all([botWithTeams(1_000), botWithTeams(1)]);
      const homeOf = async (bot: BotHarness, opens: number) => {
        await bot.driver.openAppHome('U0BOB');
        await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === opens, WAIT_MS);
        return bot.standIn.callsTo('views.publish')[opens - 1]?.params.view as Record<string, any>;
      };
      const [expected, actual] = await Promise.all([homeOf(inPlace, 1), homeOf(inWorker, 1)]);
      const section = (view: Record<string, any>) =>
        shown([{ params: { text: '', blocks: view.blocks } } as unknown as RecordedCall]);
      expect(section(actual)).toEqual(section(expected));
      expect(JSON.stringify(actual.blocks)).toContain('Hiring plan across your teams');
      expect(JSON.stringify(actual.blocks)).toContain(unsharedText(1));
      const uploads = () =>
        [...inWorker.standIn.uploads].filter(([, upload]) => upload.filename === 'hiring-plan.png');
      expect(uploads()).toHaveLength(1);
      const [[fileId]] = uploads() as [[string, unknown]];
      expect(imageIn({ params: { blocks: actual.blocks } } as unknown as RecordedCall)?.slack_file).toEqual({
        id: fileId,
      });
      // Opened again with the same plan: the same file, not uploaded again.
      const again = await homeOf(inWorker, 2);
      expect(uploads()).toHaveLength(1);
      expect(imageIn({ params: { blocks: again.blocks } } as unknown as RecordedCall)).toEqual(
        imageIn({ params: { blocks: actual.blocks } } as unknown as RecordedCall),
      );
    },
    TEST_MS,
  );
});

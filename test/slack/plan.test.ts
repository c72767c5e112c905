import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PICTURE_FAILED_TEXT } from '../../src/slack/blocks/plan-messages.js';
import { databaseUnavailableText } from '../../src/slack/database-failures.js';
import { PLAN_EXPORT_ON_ITS_WAY, PLAN_ON_ITS_WAY } from '../../src/slack/plan/deliver-plan.js';
import type { PlanPictureRenderer } from '../../src/slack/plan/plan-picture.js';
import { NO_TEAMS_TEXT, PICTURE_AS_FILE_TEXT } from '../../src/slack/plan/send-plan.js';
import { decodeEditValue } from '../../src/slack/questionnaire/edit-value.js';
import type { NewAssessment } from '../../src/storage/assessment-store.js';
import { DatabaseUnavailableError } from '../../src/storage/unavailable.js';
import { eventually } from '../helpers/eventually.js';
import { runCliProcess } from '../helpers/run-process.js';
import { buttonIn } from './driver.js';
import { type FormAnswers, formState } from './form.js';
import { type BotHarness, startBot } from './harness.js';
import { fakePicture, stored as storedTeam, textOf } from './plan-fixtures.js';
import { slackLimitProblems, textLength } from './slack-limits.js';
import type { RecordedCall } from './stand-in.js';

const DATABASE_UNAVAILABLE_TEXT = databaseUnavailableText({});

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const NOW = new Date('2026-06-01T09:00:00Z');
let now = NOW;
let bot: BotHarness;

/** The bot with the real picture renderer, or `renderPlanPicture` instead. */
async function start(renderPlanPicture?: PlanPictureRenderer): Promise<BotHarness> {
  now = NOW;
  bot = await startBot({ clock: { now: () => now }, ...(renderPlanPicture ? { renderPlanPicture } : {}) });
  return bot;
}
afterEach(async () => {
  await bot?.stop();
});

/** Two production teams without MLOps (a shared platform between them), and a pilot. */
const SEARCH: FormAnswers = {
  name: 'Search',
  stage: 'production',
  builds: 'both',
  urgency: 'weeks',
  practices: ['eval_set', 'monitoring'],
  roles: { ai_engineer: { inHouse: 3 }, backend: { inHouse: 2 }, ai_pm: { inHouse: 1 } },
};
const RANKING: FormAnswers = { ...SEARCH, name: 'Ranking', urgency: 'this_quarter' };
const CHAT: FormAnswers = {
  name: 'Chat',
  stage: 'pilot',
  builds: 'foundation_apis',
  urgency: 'no_rush',
  roles: { ai_engineer: { inHouse: 2 } },
};

/** Three teams assessed through the questionnaire, in three channels, by three people. */
async function threeTeams(): Promise<void> {
  bot.standIn.addChannel('C0SEARCH', 'public', { members: ['U0ANN', 'U0BOB'] });
  bot.standIn.addChannel('C0RANK', 'private', { members: ['U0BOB'] });
  bot.standIn.addChannel('C0CHAT', 'public', { members: ['U0CAT'] });
  await answer(SEARCH, 'C0SEARCH', 'U0ANN');
  await answer(RANKING, 'C0RANK', 'U0BOB');
  await answer(CHAT, 'C0CHAT', 'U0CAT');
  // Another workspace, with a team in a channel of the same id: never in this workspace's plans.
  await bot.store.save(stored({ workspaceId: 'T0OTHER', channelId: 'C0SEARCH', teamName: 'Elsewhere' }));
}

async function answer(answers: FormAnswers, channelId: string, userId: string): Promise<void> {
  const opened = bot.standIn.callsTo('views.open').length;
  await bot.driver.command('', { channelId, userId });
  await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 1);
  const posted = bot.standIn.callsTo('chat.postMessage').length;
  await bot.driver.submitView(bot.standIn.lastOpenedView(), formState(answers), { userId });
  await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length === posted + 5);
}

/** A stored production team, assessed at the pinned clock's time unless `createdAt` says otherwise. */
function stored(overrides: Partial<NewAssessment>): NewAssessment {
  return storedTeam(bot, { createdAt: now, ...overrides });
}

/** The DMs the bot sent `userId`. */
function dmsTo(userId: string): RecordedCall[] {
  return bot.standIn.callsTo('chat.postMessage').filter((call) => call.params.channel === userId);
}

/** Runs `/aiteam plan` as `userId` and waits until the last of the plan's messages is in their DM. */
async function planFor(userId: string, text = 'plan'): Promise<RecordedCall[]> {
  const before = dmsTo(userId).length;
  const finished = () =>
    bot.logs.requests().filter((line) => line.user === userId && line.name === '/aiteam').length;
  const done = finished();
  const response = await bot.driver.command(text, { userId, channelId: 'C0GENERAL' });
  expect(response.json).toEqual({ response_type: 'ephemeral', text: PLAN_ON_ITS_WAY });
  // The request's log line is written when its listener returns: after the plan's last message.
  await eventually(() => expect(finished()).toBeGreaterThan(done), 20_000);
  return dmsTo(userId).slice(before);
}

/** Every `text` string in blocks: what Slack shows. */
function textsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === 'text' && typeof item === 'string' ? [item] : textsIn(item),
  );
}

describe('/aiteam plan', () => {
  it('sends a member the teams of the channels they are in, with their seats added up, by DM', async () => {
    await start();
    await threeTeams();
    const messages = await planFor('U0BOB');
    expect(messages.length).toBeGreaterThanOrEqual(2);
    for (const message of messages) expect(message.result.ok).toBe(true);
    const text = textOf(messages);
    expect(text).toContain('*Search* (<#C0SEARCH>)');
    expect(text).toContain('*Ranking* (<#C0RANK>)');
    expect(text).not.toContain('Chat');
    expect(text).not.toContain('Elsewhere');
    const [first] = messages;
    expect(first?.params.text).toMatch(/^The teams? needs? /);
    // One seat line for the MLOps seat both teams lack, naming both.
    const seats = ((first?.params.blocks ?? []) as { text?: { text: string } }[])
      .map((block) => block.text?.text ?? '')
      .filter((line) => /^\d+\. /.test(line));
    const mlops = seats.filter((line) => line.includes('MLOps'));
    expect(mlops).toHaveLength(1);
    expect(mlops[0]).toContain('*Search* (<#C0SEARCH>)');
    expect(mlops[0]).toContain('*Ranking* (<#C0RANK>)');
    // Two production teams lacking MLOps: one shared platform instead of a hire in each.
    expect(text).toMatch(/One shared MLOps[^"]* platform for 2 teams/);
    // The team lines: rank, name and channel, stage, headcount, stall point, seats, urgency, age.
    const lines = textOf(messages.slice(1));
    expect(lines).toMatch(/1\. \*(Search|Ranking)\* \(<#C0(SEARCH|RANK)>\): Production/);
    expect(lines).toContain('Stall points: ');
    expect(lines).toContain('urgency: within weeks');
    // Both assessed the same day: said once, under the totals, not on each team's line.
    expect(lines).not.toContain('Assessed today');
    expect(textOf([first as NonNullable<typeof first>])).toContain('Every team was assessed today.');
    // The picture shows the same two teams, named in plain text.
    const image = ((first?.params.blocks ?? []) as Record<string, any>[]).find(
      (block) => block.type === 'image',
    );
    expect(image?.alt_text).toMatch(/^Hiring plan, teams by roles, 2 teams/);
    expect(image?.alt_text).toContain('Search (');
    expect(image?.alt_text).not.toContain('Chat');
  });

  it('sends a workspace admin every team of the public channels, a private one’s as a count, and never another workspace’s', async () => {
    await start();
    await threeTeams();
    bot.standIn.setUser('U0ADMIN', { is_admin: true });
    bot.standIn.addChannel('C0ADMINS', 'public', { members: ['U0ADMIN'] });
    const text = textOf(await planFor('U0ADMIN'));
    for (const name of ['Search', 'Chat']) expect(text).toContain(`*${name}*`);
    expect(text).not.toContain('Ranking');
    expect(text).toContain('1 team in private channels not shared');
    expect(text).not.toContain('Elsewhere');
  });

  it("is the plan the CLI prints for the same teams' answers", async () => {
    await start();
    await threeTeams();
    bot.standIn.setUser('U0ADMIN', { is_admin: true });
    bot.standIn.addChannel('C0RANK', 'private', { members: ['U0BOB', 'U0ADMIN'] });
    const messages = await planFor('U0ADMIN');
    // The same answers, as the store kept them, given to ai-team-advisor plan as profile files.
    const folder = await mkdtemp(join(tmpdir(), 'plan-slack-cli-'));
    const records = await bot.store.latestPerTeam(bot.standIn.workspaceId, 100);
    for (const record of records) {
      await writeFile(join(folder, `${record.teamName}.json`), JSON.stringify(record.profile));
    }
    const cli = await runCliProcess(['plan', folder, '--format', 'markdown', '--as-of', NOW.toISOString()]);
    expect(cli.code).toBe(0);
    const unescapeMarkdown = (line: string) => line.replace(/\\(.)/g, '$1');
    /** A Markdown section's list items; an item's hard breaks (a backslash ending a line) become line breaks. */
    const cliSection = (heading: string) => {
      const start = cli.stdout.indexOf(`## ${heading}\n`);
      const end = cli.stdout.indexOf('\n## ', start + 1);
      const items: string[] = [];
      for (const line of cli.stdout.slice(start, end < 0 ? undefined : end).split('\n')) {
        if (line.startsWith('- ')) items.push(line.slice(2));
        else if (line.startsWith('  ') && items.length > 0)
          items.push(`${items.pop()?.replace(/\\$/, '')}\n${line.trim()}`);
      }
      return items.map(unescapeMarkdown);
    };
    // Slack names a team in bold with its channel; the CLI by its name alone.
    const plainNames = (line: string) => line.replace(/\*([^*]+)\* \(<#\w+>\)/g, '$1');
    const slackLines = ((messages[0]?.params.blocks ?? []) as { text?: { text: string } }[])
      .map((block) => block.text?.text ?? '')
      .map(plainNames);
    const slackSeats = slackLines
      .filter((line) => /^\d+\. /.test(line))
      .map((line) => line.replace(/^\d+\. /, ''));
    expect(slackSeats.length).toBeGreaterThan(0);
    expect(slackSeats).toEqual(cliSection('Steps, in the order to take them'));
    const slackShared = textsIn(messages.slice(1).map((call) => call.params.blocks))
      .map(plainNames)
      .filter((line) => line.startsWith('*One shared') || line.includes(' can ') || line.includes(' shares '))
      .map((line) => line.replace(/^\*([^*]+)\*\n/, '$1\n'));
    expect(slackShared).toEqual(cliSection('Shared seats, in detail'));
    // And the teams in the same order, with the same lines.
    const slackTeams = textsIn(messages.slice(1).map((call) => call.params.blocks))
      .filter((line) => /^\d+\. /.test(line))
      .map((line) => plainNames(line).replace(/^\d+\. /, ''));
    expect(slackTeams).toEqual(cliSection('Teams, most pressing first'));
  });

  it('shows a team assessed in a direct message only to the person who assessed it', async () => {
    await start();
    await bot.store.save(stored({ channelId: 'D0ANNBOB', userId: 'U0ANN', teamName: 'Quiet' }));
    expect(textOf(await planFor('U0ANN'))).toContain('*Quiet* (in a direct message)');
    const bob = await planFor('U0BOB');
    expect(bob.map((call) => call.params.text)).toEqual([NO_TEAMS_TEXT]);
  });

  it('says how to start when no team they can see has been assessed', async () => {
    await start();
    await threeTeams();
    const messages = await planFor('U0NOBODY');
    // Bob's private channel's team is only counted for someone outside it.
    expect(messages.map((call) => call.params.text)).toEqual([
      `${NO_TEAMS_TEXT} 1 team in private channels not shared: only their channels' members see them in the plan.`,
    ]);
    expect(NO_TEAMS_TEXT).toContain('`/aiteam`');
  });

  it('uploads the picture privately as a PNG and shows it in the first message by file id', async () => {
    await start();
    await threeTeams();
    const messages = await planFor('U0BOB');
    const uploads = [...bot.standIn.uploads].filter(([, upload]) => upload.filename === 'hiring-plan.png');
    expect(uploads).toHaveLength(1);
    const [[fileId, upload]] = uploads as [[string, (typeof uploads)[number][1]]];
    expect([...upload.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(upload.completed).toBe(true);
    expect(upload.channel).toBeUndefined();
    const methods = bot.standIn.calls.map((call) => call.method);
    const asked = methods.indexOf('files.getUploadURLExternal');
    const completed = methods.indexOf('files.completeUploadExternal');
    const posted = bot.standIn.calls.indexOf(messages[0] as RecordedCall);
    expect(asked).toBeGreaterThan(-1);
    expect(completed).toBeGreaterThan(asked);
    expect(posted).toBeGreaterThan(completed);
    const image = ((messages[0]?.params.blocks ?? []) as Record<string, any>[]).find(
      (block) => block.type === 'image',
    );
    expect(image).toEqual({
      type: 'image',
      slack_file: { id: fileId },
      alt_text: expect.stringMatching(/^Hiring plan, teams by roles, 2 teams/),
    });
  });

  it('retries once when Slack refuses the image, then posts without it and shares the picture as a file', async () => {
    await start(fakePicture);
    await threeTeams();
    bot.standIn.fail('chat.postMessage', { error: 'invalid_blocks' }, 2);
    const messages = await planFor('U0BOB');
    const refused = messages.filter((call) => call.result.ok === false);
    expect(refused).toHaveLength(2);
    const first = messages.find((call) => call.result.ok);
    const blocks = JSON.stringify(first?.params.blocks);
    expect(blocks).not.toContain('"type":"image"');
    expect(blocks).toContain(PICTURE_AS_FILE_TEXT);
    const shared = [...bot.standIn.uploads.values()].filter((upload) => upload.channel === 'D0BOB');
    expect(shared.map((upload) => upload.filename)).toEqual(['hiring-plan.png']);
    expect([...(shared[0]?.bytes.subarray(0, 8) ?? [])]).toEqual(PNG_SIGNATURE);
  });

  it('still sends the whole plan when the picture can be neither shown nor shared', async () => {
    await start(fakePicture);
    await threeTeams();
    bot.standIn.fail('chat.postMessage', { error: 'invalid_blocks' }, 2);
    bot.standIn.failAfter('files.getUploadURLExternal', 1, { error: 'internal_error' });
    const messages = (await planFor('U0BOB')).filter((call) => call.result.ok);
    expect(messages.map((call) => call.params.text)).toContain(PICTURE_FAILED_TEXT);
    expect(textOf(messages)).toContain('*Ranking* (<#C0RANK>): ');
    expect(bot.standIn.responseUrlPosts).toEqual([]);
  });

  it('sends the plan without the picture, and says so, when the picture cannot be drawn', async () => {
    await start(async () => {
      throw new Error('no fonts');
    });
    await threeTeams();
    const messages = await planFor('U0BOB');
    const text = textOf(messages);
    expect(text).toContain(PICTURE_FAILED_TEXT);
    expect(text).not.toContain('"type":"image"');
    expect(text).toContain('*Search*');
    expect(bot.standIn.callsTo('files.getUploadURLExternal')).toEqual([]);
  });

  it('marks a stale team and offers Re-assess, which opens the questionnaire prefilled for its channel', async () => {
    await start();
    await threeTeams();
    now = new Date(NOW.getTime() + 100 * 24 * 60 * 60 * 1000);
    const messages = await planFor('U0BOB');
    const lines = messages.slice(1).flatMap((call) => call.params.blocks as Record<string, any>[]);
    const search = lines.find((block) => /^\d+\. \*Search\*/.test(block.text?.text ?? ''));
    expect(search?.text.text).toContain('100 days ago (stale: re-assess before hiring on it)');
    expect(search?.accessory).toMatchObject({ action_id: 'edit_answers', text: { text: 'Re-assess' } });
    const edit = decodeEditValue(search?.accessory.value);
    expect(edit).toMatchObject({ channelId: 'C0SEARCH', profile: { name: 'Search', stage: 'production' } });
    expect(textOf(messages.slice(0, 1))).toContain('more than 90 days old');

    await bot.driver.clickButton('edit_answers', search?.accessory.value, {
      channelId: 'D0BOB',
      userId: 'U0BOB',
    });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 4);
    // Opened away from the channel: the submission answers there only for a member of it, updating the
    // team's answer in place unless "Post as a new message" is ticked.
    expect(JSON.parse(bot.standIn.lastOpenedView().private_metadata)).toEqual({
      channelId: 'C0SEARCH',
      membersOnly: true,
      edits: { teamName: 'Search' },
    });
    expect(JSON.stringify(bot.standIn.lastOpenedView().blocks)).toContain('"block_id":"postAsNew"');
    expect(JSON.stringify(bot.standIn.lastOpenedView().blocks)).toContain('"initial_value":"Search"');
  });

  it('a fresh assessment has no Re-assess button', async () => {
    await start();
    await threeTeams();
    const messages = await planFor('U0BOB');
    expect(textOf(messages)).not.toContain('Re-assess');
  });

  it('splits a plan of 500 teams over several messages, each within Slack’s limits', async () => {
    await start();
    bot.standIn.setUser('U0ADMIN', { is_admin: true });
    for (let index = 0; index < 500; index += 1) {
      bot.standIn.addChannel(`C${String(index).padStart(6, '0')}`, 'public', { members: [] });
      await bot.store.save(
        stored({
          channelId: `C${String(index).padStart(6, '0')}`,
          teamName: `Team ${index} <!channel>`,
          createdAt: new Date(NOW.getTime() - (index % 200) * 24 * 60 * 60 * 1000),
        }),
      );
    }
    const messages = await planFor('U0ADMIN');
    expect(messages.length).toBeGreaterThan(5);
    for (const message of messages) {
      expect(message.result.ok).toBe(true);
      const blocks = message.params.blocks as never[];
      expect(slackLimitProblems('message', blocks, String(message.params.text))).toEqual([]);
      // Split for reading on a phone: at most 4,000 characters a message.
      expect(textLength(blocks)).toBeLessThanOrEqual(4000);
    }
    const text = textOf(messages);
    for (let index = 0; index < 500; index += 1)
      expect(text).toContain(`<#C${String(index).padStart(6, '0')}>`);
    // User text never pings: the team names' <!channel> is escaped wherever Slack shows text.
    const shown = messages.flatMap((call) => [String(call.params.text), ...textsIn(call.params.blocks)]);
    expect(shown.join('\n')).toContain('Team 1 &lt;!channel&gt;');
    expect(shown.join('\n')).not.toContain('<!channel>');
    // The admin is in none of these channels: stale lines say who can re-assess instead of a button.
    expect(text).toContain('A member of <#C000099> can re-assess it there.');
    expect(text).not.toContain('Re-assess');
  });

  it('acknowledges before any of the work: the command is answered while the picture upload waits', async () => {
    await start();
    await threeTeams();
    const release = bot.standIn.hold('files.getUploadURLExternal');
    const response = await bot.driver.command('plan', { userId: 'U0BOB', channelId: 'C0GENERAL' });
    // The answer arrived while the bot's own call was still unanswered: the work runs after the ack.
    expect(response.json).toEqual({ response_type: 'ephemeral', text: PLAN_ON_ITS_WAY });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('files.getUploadURLExternal').length === 1);
    expect(dmsTo('U0BOB')).toEqual([]);
    release();
    await bot.standIn.waitFor(() => dmsTo('U0BOB').length >= 2);
  });

  it('tells the person when the database is down', async () => {
    await start();
    bot.store.latestAnswersPerTeam = () => Promise.reject(new DatabaseUnavailableError('timeout'));
    await bot.driver.command('plan', { userId: 'U0BOB' });
    await bot.standIn.waitFor(() => bot.standIn.responseUrlPosts.length === 1);
    expect(bot.standIn.responseUrlPosts[0]?.body).toMatchObject({
      response_type: 'ephemeral',
      text: DATABASE_UNAVAILABLE_TEXT,
    });
  });

  it('tells the person when Slack will not take the plan', async () => {
    await start();
    await threeTeams();
    bot.standIn.fail('chat.postMessage', { error: 'fatal_error' });
    await bot.driver.command('plan', { userId: 'U0BOB' });
    await bot.standIn.waitFor(() => bot.standIn.responseUrlPosts.length === 1);
    expect(bot.standIn.responseUrlPosts[0]?.body).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('the hiring plan could not be sent'),
    });
  });

  it('explains its usage when given something else than export', async () => {
    await start();
    const response = await bot.driver.command('plan everything');
    expect(response.json?.response_type).toBe('ephemeral');
    expect(response.json?.text).toContain('`/aiteam plan export`');
  });
});

describe('/aiteam plan export', () => {
  it('sends the plan by DM as Markdown and CSV files', async () => {
    await start();
    await threeTeams();
    const response = await bot.driver.command('plan export', { userId: 'U0BOB' });
    expect(response.json).toEqual({ response_type: 'ephemeral', text: PLAN_EXPORT_ON_ITS_WAY });
    await bot.standIn.waitFor(
      () => [...bot.standIn.uploads.values()].filter((upload) => upload.channel === 'D0BOB').length >= 3,
    );
    const files = new Map(
      [...bot.standIn.uploads.values()]
        .filter((upload) => upload.channel === 'D0BOB')
        .map((upload) => [upload.filename, upload.body]),
    );
    expect([...files.keys()]).toContain('hiring-plan.md');
    expect([...files.keys()].filter((name) => name.endsWith('.csv')).length).toBeGreaterThanOrEqual(2);
    // The CSVs' bytes as uploaded start with a UTF-8 byte order mark, so Excel reads names in any script.
    for (const upload of bot.standIn.uploads.values()) {
      if (upload.channel === 'D0BOB' && upload.filename.endsWith('.csv'))
        expect([...upload.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
    const markdown = files.get('hiring-plan.md') ?? '';
    expect(markdown).toContain('# Hiring plan across 2 teams');
    expect(markdown).toContain('Search');
    expect(markdown).not.toContain('Chat');
    expect(dmsTo('U0BOB').at(-1)?.params.text).toContain('as Markdown and CSV files');
  });
});

describe('App Home', () => {
  it('shows the plan section with the picture, uploads it once for the same plan, and sends the full plan', async () => {
    await start();
    await threeTeams();
    await bot.driver.openAppHome('U0BOB');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === 1);
    const view = bot.standIn.callsTo('views.publish')[0]?.params.view as Record<string, any>;
    expect(bot.standIn.callsTo('views.publish')[0]?.result.ok).toBe(true);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const home = JSON.stringify(view.blocks);
    expect(home).toContain('Hiring plan across your teams');
    expect(home).toMatch(/The teams? needs? /);
    expect(home).toContain('"type":"image"');
    expect(home).not.toContain('Chat');
    buttonIn(view.blocks, 'plan_by_dm');
    expect(bot.standIn.callsTo('files.getUploadURLExternal')).toHaveLength(1);

    await bot.driver.openAppHome('U0BOB');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === 2);
    expect(bot.standIn.callsTo('files.getUploadURLExternal')).toHaveLength(1);

    await bot.driver.clickButton('plan_by_dm', undefined, { view: true, userId: 'U0BOB' });
    await bot.standIn.waitFor(() => dmsTo('U0BOB').length >= 2);
    expect(textOf(dmsTo('U0BOB'))).toContain('*Ranking* (<#C0RANK>)');
  });

  it('still opens when the plan cannot be made', async () => {
    await start();
    bot.store.latestAnswersPerTeam = () => Promise.reject(new Error('broken'));
    await bot.driver.openAppHome('U0BOB');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === 1);
    const home = JSON.stringify(bot.standIn.callsTo('views.publish')[0]?.params.view);
    expect(home).toContain('new_assessment');
    expect(home).not.toContain('Hiring plan');
  });
});

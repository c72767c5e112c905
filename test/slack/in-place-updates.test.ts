import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assess, getDefaultPlaybook, teamProfileSchema } from '../../src/advisor/index.js';
import { buildAnswer } from '../../src/slack/answer-team.js';
import { eventually } from '../helpers/eventually.js';
import { buttonIn } from './driver.js';
import { type FormAnswers, formState } from './form.js';
import { type BotHarness, startBot } from './harness.js';

/**
 * Editing or re-assessing a team updates its answer in place: the parent keeps its ts, the thread its
 * replies, and a line says what changed. A new parent only when asked for, or when Slack will not let the bot
 * edit the old one. Through the real Bolt app over signed HTTP, against the Slack stand-in.
 */
let bot: BotHarness;
let now = new Date('2026-03-03T09:00:00Z');
beforeEach(async () => {
  now = new Date('2026-03-03T09:00:00Z');
  // Each reading is a second later: every assessment has its own time, so "the latest" is never a tie.
  bot = await startBot({
    clock: {
      now: () => {
        const at = now;
        now = new Date(now.getTime() + 1000);
        return at;
      },
    },
  });
});
afterEach(async () => {
  await bot.stop();
});

const CHANNEL = 'C0GENERAL';

const TEAM: FormAnswers = {
  name: 'Checkout',
  stage: 'production',
  builds: 'both',
  urgency: 'no_rush',
  headingToNext: true,
  practices: ['eval_set', 'monitoring'],
  roles: { ai_engineer: { inHouse: 2, augmented: 1 }, ai_pm: { inHouse: 1 }, mlops: { augmented: 2 } },
};

/** Many stall points: one thread reply more than TEAM's. */
const SPARSE: FormAnswers = {
  name: 'Checkout',
  stage: 'scale',
  builds: 'custom_models',
  urgency: 'weeks',
  headingToNext: false,
  practices: [],
  roles: { data_scientist: { inHouse: 40 } },
};

/** How many thread replies the bot's own builder makes for these answers. */
function repliesFor(answers: FormAnswers): number {
  const roles = Object.fromEntries(
    Object.entries(answers.roles ?? {}).map(([role, counts]) => [
      role,
      { inHouse: Number(counts?.inHouse ?? 0), augmented: Number(counts?.augmented ?? 0) },
    ]),
  );
  const profile = teamProfileSchema.parse({ ...answers, roles });
  const playbook = getDefaultPlaybook();
  return buildAnswer(assess(profile, playbook), { channelId: CHANNEL, userId: 'U0ASKER', profile }, playbook)
    .replies.length;
}

/** Messages posted in the channel itself (not in a thread, not by DM). */
function parentPosts() {
  return bot.standIn
    .callsTo('chat.postMessage')
    .filter((call) => call.params.channel === CHANNEL && !call.params.thread_ts && call.result.ok);
}

/** /aiteam in the channel, answered: the parent's ts once it and its thread are posted and remembered. */
async function answer(answers: FormAnswers): Promise<string> {
  const opened = bot.standIn.callsTo('views.open').length;
  const parents = parentPosts().length;
  await bot.driver.command('', { channelId: CHANNEL });
  await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 1);
  await bot.driver.submitView(bot.standIn.lastOpenedView(), formState(answers));
  await bot.standIn.waitFor(() => parentPosts().length === parents + 1);
  const ts = String(parentPosts().at(-1)?.result.ts);
  await eventually(async () => expect((await latest())?.messages?.ts).toBe(ts));
  return ts;
}

async function latest() {
  return (await bot.store.channelHistory(bot.standIn.workspaceId, CHANNEL, 1))[0];
}

/** Presses Edit answers on the parent and submits the form with `answers`; resolves once it is remembered. */
async function edit(
  parentTs: string,
  answers: FormAnswers,
  parent = bot.standIn.message(CHANNEL, parentTs),
): Promise<Record<string, any>> {
  const before = await bot.store.countChannel(bot.standIn.workspaceId, CHANNEL);
  const opened = bot.standIn.callsTo('views.open').length;
  const button = buttonIn(parent?.blocks ?? [], 'edit_answers');
  await bot.driver.clickButton('edit_answers', button.value, { channelId: CHANNEL, messageTs: parentTs });
  await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 1);
  const view = bot.standIn.lastOpenedView();
  await bot.driver.submitView(view, formState(answers));
  await eventually(async () => {
    expect(await bot.store.countChannel(bot.standIn.workspaceId, CHANNEL)).toBe(before + 1);
    expect((await latest())?.messages).toBeDefined();
  });
  return view;
}

const blocksText = (message: { blocks?: unknown } | undefined) => JSON.stringify(message?.blocks ?? []);

describe('editing an answer', () => {
  it('updates the parent and its thread in place, with a line saying what changed', async () => {
    const parentTs = await answer(TEAM);
    const replies = bot.standIn.threadOf(CHANNEL, parentTs).map((reply) => reply.ts);
    expect(replies).toHaveLength(repliesFor(TEAM));
    const posts = bot.standIn.callsTo('chat.postMessage').length;

    now = new Date('2026-04-01T09:00:00Z');
    const form = await edit(parentTs, { ...TEAM, stage: 'scale' });
    // The form offers a new message instead, unticked.
    const box = form.blocks.find((block: { block_id?: string }) => block.block_id === 'postAsNew');
    expect(box?.element.options[0].text.text).toBe('Post as a new message');
    expect(box?.element.initial_options).toBeUndefined();

    expect(bot.standIn.callsTo('chat.postMessage')).toHaveLength(posts);
    const parent = bot.standIn.message(CHANNEL, parentTs);
    expect(parent?.edits).toBe(1);
    expect(String(parent?.text)).toContain('Checkout: Scale');
    expect(blocksText(parent)).toMatch(/\*Updated <!date\^\d+\^\{date_long\}\|2026-04-01>\.\* /);
    expect(blocksText(parent)).toMatch(
      /\*Since the last assessment\* \(<!date\^\d+\^\{date_long\}\|2026-03-03>\)/,
    );
    expect(blocksText(parent)).toContain('stage Production → Scale');
    const thread = bot.standIn.threadOf(CHANNEL, parentTs);
    expect(thread.map((reply) => reply.ts)).toEqual(replies);
    expect(thread.every((reply) => reply.edits === 1)).toBe(true);
    // Both assessments are kept; the new one remembers the same messages.
    expect(await bot.store.countChannel(bot.standIn.workspaceId, CHANNEL)).toBe(2);
    expect((await latest())?.messages).toEqual({ channelId: CHANNEL, ts: parentTs, replies });
  });

  it('posts the missing replies in the thread when it grows, and deletes the extra ones when it shrinks', async () => {
    expect(repliesFor(SPARSE)).toBe(repliesFor(TEAM) + 1);
    const parentTs = await answer(TEAM);
    const first = bot.standIn.threadOf(CHANNEL, parentTs).map((reply) => reply.ts);

    await edit(parentTs, SPARSE);
    const grown = bot.standIn.threadOf(CHANNEL, parentTs).map((reply) => reply.ts);
    expect(grown).toHaveLength(repliesFor(SPARSE));
    expect(grown.slice(0, first.length)).toEqual(first);
    expect((await latest())?.messages?.replies).toEqual(grown);

    await edit(parentTs, TEAM);
    const shrunk = bot.standIn.threadOf(CHANNEL, parentTs).map((reply) => reply.ts);
    expect(shrunk).toEqual(first);
    expect(bot.standIn.callsTo('chat.delete').map((call) => call.params.ts)).toEqual([grown.at(-1)]);
    expect((await latest())?.messages?.replies).toEqual(first);
    expect(parentPosts()).toHaveLength(1);
  });

  it('posts a reply again that someone deleted from the thread', async () => {
    const parentTs = await answer(TEAM);
    const [, second] = bot.standIn.threadOf(CHANNEL, parentTs).map((reply) => reply.ts);
    bot.standIn.deleteMessage(CHANNEL, String(second));
    await edit(parentTs, { ...TEAM, urgency: 'weeks' });
    const thread = bot.standIn.threadOf(CHANNEL, parentTs).map((reply) => reply.ts);
    expect(thread).toHaveLength(repliesFor(TEAM));
    // Posted again at the thread's end, and remembered in its place: the next edit updates it there.
    const remembered = (await latest())?.messages?.replies ?? [];
    expect(remembered[1]).toBe(thread.at(-1));
    expect([...remembered].sort()).toEqual(thread);
    expect(parentPosts()).toHaveLength(1);
  });

  it.each(['message_not_found', 'cant_update_message', 'edit_window_closed'])(
    'posts a new parent when Slack answers chat.update with %s',
    async (error) => {
      const parentTs = await answer(TEAM);
      bot.standIn.fail('chat.update', { error });
      await edit(parentTs, { ...TEAM, stage: 'scale' });

      expect(parentPosts()).toHaveLength(2);
      const newTs = String(parentPosts().at(-1)?.result.ts);
      expect(newTs).not.toBe(parentTs);
      const fresh = bot.standIn.message(CHANNEL, newTs);
      expect(blocksText(fresh)).toContain('stage Production → Scale');
      expect(blocksText(fresh)).not.toContain('*Updated ');
      expect(bot.standIn.threadOf(CHANNEL, newTs)).toHaveLength(repliesFor({ ...TEAM, stage: 'scale' }));
      // The old answer is left as it was: only the one failed chat.update was tried.
      expect(bot.standIn.callsTo('chat.update')).toHaveLength(1);
      expect(bot.standIn.message(CHANNEL, parentTs)?.edits).toBeUndefined();
      expect((await latest())?.messages?.ts).toBe(newTs);
    },
  );

  it('posts a new parent when the old one was deleted', async () => {
    const parentTs = await answer(TEAM);
    const shown = bot.standIn.message(CHANNEL, parentTs);
    bot.standIn.deleteMessage(CHANNEL, parentTs);
    await edit(parentTs, TEAM, shown);
    expect(parentPosts()).toHaveLength(2);
    expect((await latest())?.messages?.ts).toBe(String(parentPosts().at(-1)?.result.ts));
  });

  it('posts a new parent when the person ticks "Post as a new message", leaving the old one as it was', async () => {
    const parentTs = await answer(TEAM);
    await edit(parentTs, { ...TEAM, stage: 'scale', postAsNew: true });
    expect(bot.standIn.callsTo('chat.update')).toEqual([]);
    expect(parentPosts()).toHaveLength(2);
    const newTs = String(parentPosts().at(-1)?.result.ts);
    expect(blocksText(bot.standIn.message(CHANNEL, newTs))).toContain('stage Production → Scale');
    expect(String(bot.standIn.message(CHANNEL, parentTs)?.text)).toContain('Checkout: Production');
    expect((await latest())?.messages?.ts).toBe(newTs);
  });

  it('keeps the assessment and what is in Slack when an update fails midway, and the next edit finishes it', async () => {
    const parentTs = await answer(TEAM);
    const replies = bot.standIn.threadOf(CHANNEL, parentTs).map((reply) => reply.ts);
    // The parent and the first reply are updated; the second reply's update fails.
    bot.standIn.failAfter('chat.update', 2, { error: 'internal_error' });
    await edit(parentTs, { ...TEAM, stage: 'scale' });

    await bot.standIn.waitFor(() =>
      bot.standIn
        .callsTo('chat.postMessage')
        .some(
          (call) =>
            call.params.channel === 'U0ASKER' &&
            /could not be posted or updated/.test(String(call.params.text)),
        ),
    );
    expect(await bot.store.countChannel(bot.standIn.workspaceId, CHANNEL)).toBe(2);
    expect((await latest())?.messages).toEqual({ channelId: CHANNEL, ts: parentTs, replies });
    const thread = bot.standIn.threadOf(CHANNEL, parentTs);
    expect(thread.map((reply) => reply.edits)).toEqual([1, undefined, 1, 1]);
    expect(parentPosts()).toHaveLength(1);

    await edit(parentTs, { ...TEAM, stage: 'scale' });
    expect(bot.standIn.threadOf(CHANNEL, parentTs).map((reply) => reply.edits)).toEqual([2, 1, 2, 2]);
    expect(parentPosts()).toHaveLength(1);
    expect(await bot.store.countChannel(bot.standIn.workspaceId, CHANNEL)).toBe(3);
  });

  it('a fresh /aiteam for the same team posts a new answer (and says what changed)', async () => {
    await answer(TEAM);
    const second = await answer({ ...TEAM, stage: 'scale' });
    expect(parentPosts()).toHaveLength(2);
    expect(bot.standIn.callsTo('chat.update')).toEqual([]);
    expect(blocksText(bot.standIn.message(CHANNEL, second))).toContain('stage Production → Scale');
  });
});

describe('re-assessing', () => {
  /**
   * Submits the questionnaire a button opened with `answers`; resolves once the new assessment is saved and
   * remembers where it is shown.
   */
  async function submitOpened(opened: number, answers: FormAnswers): Promise<void> {
    const before = await bot.store.countChannel(bot.standIn.workspaceId, CHANNEL);
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 1);
    await bot.driver.submitView(bot.standIn.lastOpenedView(), formState(answers));
    await eventually(async () => {
      expect(await bot.store.countChannel(bot.standIn.workspaceId, CHANNEL)).toBe(before + 1);
      expect((await latest())?.messages).toBeDefined();
    });
  }

  /** The answer was updated in place: same parent and replies, each edited once, with what changed. */
  async function expectUpdatedInPlace(parentTs: string, replies: string[]): Promise<void> {
    const parent = bot.standIn.message(CHANNEL, parentTs);
    expect(parent?.edits).toBe(1);
    expect(String(parent?.text)).toContain('Checkout: Scale');
    expect(blocksText(parent)).toMatch(/\*Updated <!date\^\d+\^\{date_long\}\|2026-04-01>\.\* /);
    expect(blocksText(parent)).toContain('stage Production → Scale');
    const thread = bot.standIn.threadOf(CHANNEL, parentTs);
    expect(thread.map((reply) => reply.ts)).toEqual(replies);
    expect(thread.every((reply) => reply.edits === 1)).toBe(true);
    expect((await latest())?.messages).toEqual({ channelId: CHANNEL, ts: parentTs, replies });
  }

  it('"Re-assess now" on a reminder updates the answer in place, with a line saying what changed', async () => {
    const parentTs = await answer(TEAM);
    const replies = bot.standIn.threadOf(CHANNEL, parentTs).map((reply) => reply.ts);
    await bot.reminders.create({
      workspaceId: bot.standIn.workspaceId,
      channelId: CHANNEL,
      createdBy: 'U0ASKER',
      timeZone: 'UTC',
      rule: { startDate: '2026-03-03', time: '09:30', repeat: { kind: 'once' }, weekdaysOnly: false },
      occurrence: 0,
      nextDueAt: Date.parse('2026-03-03T09:30:00Z'),
      now: Date.parse('2026-03-03T09:00:00Z'),
    });
    now = new Date('2026-04-01T09:00:00Z');
    expect(await bot.scheduler.tick()).toBe(1);
    const reminderPost = parentPosts().at(-1);
    expect(JSON.stringify(reminderPost?.params.blocks)).toContain("Time to revisit your AI team's stage");
    const posts = bot.standIn.callsTo('chat.postMessage').length;

    const button = buttonIn(reminderPost?.params.blocks as unknown[], 'reminder_reassess');
    const opened = bot.standIn.callsTo('views.open').length;
    await bot.driver.clickButton('reminder_reassess', button.value, {
      channelId: CHANNEL,
      messageTs: String(reminderPost?.result.ts),
    });
    await submitOpened(opened, { ...TEAM, stage: 'scale' });

    expect(bot.standIn.callsTo('chat.postMessage')).toHaveLength(posts);
    await expectUpdatedInPlace(parentTs, replies);
  });

  it("history's Re-assess updates the answer in place, with a line saying what changed", async () => {
    const parentTs = await answer(TEAM);
    const replies = bot.standIn.threadOf(CHANNEL, parentTs).map((reply) => reply.ts);
    const history = await bot.driver.command('history', { channelId: CHANNEL });
    const blocks = history.json?.blocks as Record<string, any>[];
    const button = buttonIn(blocks, 'edit_answers');
    const posts = bot.standIn.callsTo('chat.postMessage').length;

    now = new Date('2026-04-01T09:00:00Z');
    const opened = bot.standIn.callsTo('views.open').length;
    // Pressed in the ephemeral history message, in the team's own channel.
    await bot.driver.clickButton('edit_answers', button.value, { channelId: CHANNEL });
    await submitOpened(opened, { ...TEAM, stage: 'scale' });

    expect(bot.standIn.callsTo('chat.postMessage')).toHaveLength(posts);
    await expectUpdatedInPlace(parentTs, replies);
  });
});

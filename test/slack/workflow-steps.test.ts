import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_UNAVAILABLE_TEXT } from '../../src/slack/database-failures.js';
import { EventLog } from '../../src/storage/event-log.js';
import { DatabaseUnavailableError } from '../../src/storage/unavailable.js';
import { eventually } from '../helpers/eventually.js';
import { thenAskAnAdmin } from '../helpers/support-words.js';
import { team } from '../helpers/teams.js';
import { buttonIn } from './driver.js';
import { formState } from './form.js';
import { BOT_TOKEN, type BotHarness } from './harness.js';
import { dmsTo, planFor, stored } from './plan-fixtures.js';
import {
  endOf,
  NO_AI_ENGINEER,
  READY_TEAM,
  sendStepEvent,
  startStepBot,
  stepButtonPayload,
  stepEvent,
  stepRequestTo,
  stepSubmissionPayload,
  storedAnswer,
} from './step-fixtures.js';

let bot: BotHarness;
beforeEach(async () => {
  bot = await startStepBot({ members: ['U0ASKER', 'U0LEAD'] });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await bot.stop();
});

/** How the run was ended: each completion call's method, token and Slack's answer. */
function expiredEnding(start: { executionId: string }) {
  return bot.standIn
    .completionsOf(start.executionId)
    .map((call) => [call.method, call.token, call.result.error ?? 'ok']);
}

/** Runs a step's event over signed HTTP and waits for the step to end. */
async function runStep(callbackId: string, inputs: Record<string, unknown>, tokenLifetimeMs?: number) {
  const start = stepEvent(bot, callbackId, inputs, { tokenLifetimeMs });
  const response = await sendStepEvent(bot, start);
  expect(response.status).toBe(200);
  return { start, end: await endOf(bot, start.executionId) };
}

describe('Re-assess from the latest answers', () => {
  it("completes at once with the outputs of the channel's latest answers, read with today's playbook", async () => {
    await storedAnswer(bot, 'C0TEAM', NO_AI_ENGINEER);
    await storedAnswer(bot, 'C0TEAM', READY_TEAM);
    const { start, end } = await runStep('reassess_team', { channel_id: 'C0TEAM' });
    expect(end.state).toBe('completed');
    expect(end.outputs).toEqual({
      stage: 'Pilot',
      headcount: 10,
      seats_to_fill_now: 0,
      ready_for_next_stage: true,
      most_pressing: 'Ready for production: every seat and practice it needs is in place.',
    });
    // Completed with the event's workflow token, once; nothing posted (Post the answer is off).
    const completions = bot.standIn.completionsOf(start.executionId);
    expect(completions.map((call) => [call.method, call.token])).toEqual([
      ['functions.completeSuccess', start.token],
    ]);
    expect(bot.standIn.callsTo('chat.postMessage')).toEqual([]);
  });

  it('posts the answer in the channel when asked, with the bot token, and links to it', async () => {
    await storedAnswer(bot, 'C0TEAM', NO_AI_ENGINEER);
    const { end } = await runStep('reassess_team', { channel_id: 'C0TEAM', post_answer: true });
    expect(end.state).toBe('completed');
    const [parent, ...replies] = bot.standIn.callsTo('chat.postMessage');
    expect(parent?.params.channel).toBe('C0TEAM');
    expect(parent?.token).toBe(BOT_TOKEN);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((reply) => reply.params.thread_ts === parent?.result.ts)).toBe(true);
    const link = `https://example.slack.com/archives/C0TEAM/p${String(parent?.result.ts).replace('.', '')}`;
    expect(end.outputs).toMatchObject({
      headcount: 3,
      seats_to_fill_now: 1,
      ready_for_next_stage: false,
      most_pressing: 'Most pressing: no AI engineer.',
      answer_link: link,
    });
    // The answer's first line is the output's "most pressing".
    expect(JSON.stringify(parent?.params.blocks)).toContain('Most pressing: no AI engineer.');

    // Later, without posting: the link is to that latest answer, found in the channel's history.
    const again = await runStep('reassess_team', { channel_id: 'C0TEAM' });
    expect(again.end.outputs?.answer_link).toBe(link);
  });

  it('links the latest stored answer by where it was posted, reading at most 15 messages of history', async () => {
    await storedAnswer(bot, 'C0TEAM', NO_AI_ENGINEER);
    await runStep('reassess_team', { channel_id: 'C0TEAM', post_answer: true });
    const first = bot.standIn.callsTo('chat.postMessage')[0]?.result.ts as string;
    // The channel's latest assessment was posted as that first message...
    const saved = await bot.store.save({
      workspaceId: bot.standIn.workspaceId,
      channelId: 'C0TEAM',
      userId: 'U0ASKER',
      teamName: NO_AI_ENGINEER.name,
      stage: NO_AI_ENGINEER.stage,
      createdAt: new Date(),
      profile: NO_AI_ENGINEER,
      summary: { headcount: 0, band: '', position: 'within', stallPoints: [], gaps: [], covered: [] },
    });
    await bot.store.recordMessages(bot.standIn.workspaceId, saved.id, {
      channelId: 'C0TEAM',
      ts: first,
      replies: [],
    });
    // ...and a newer answer message, not its assessment's, was posted since.
    await runStep('reassess_team', { channel_id: 'C0TEAM', post_answer: true });
    const { end } = await runStep('reassess_team', { channel_id: 'C0TEAM' });
    expect(end.outputs?.answer_link).toBe(
      `https://example.slack.com/archives/C0TEAM/p${first.replace('.', '')}`,
    );
    const reads = bot.standIn.callsTo('conversations.history');
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) expect(Number(read.params.limit)).toBeLessThanOrEqual(15);
  });

  it('fails with what to do when the channel has no stored answer', async () => {
    const { end } = await runStep('reassess_team', { channel_id: 'C0TEAM' });
    expect(end.state).toBe('failed');
    expect(end.error).toContain('No AI team assessment is stored for channel C0TEAM');
    expect(end.error).toContain('Run /aiteam in that channel first');
  });

  it('fails the same way once the channel’s assessments were deleted', async () => {
    await storedAnswer(bot, 'C0TEAM', READY_TEAM);
    await bot.store.deleteChannel(bot.standIn.workspaceId, 'C0TEAM');
    const { end } = await runStep('reassess_team', { channel_id: 'C0TEAM' });
    expect(end.state).toBe('failed');
    expect(end.error).toContain('its assessments were deleted');
  });

  it('fails, naming the fix, for a channel the bot is not in or cannot see', async () => {
    bot.standIn.addChannel('C0OUTSIDE', 'public', { botIsMember: false });
    bot.standIn.addChannel('G0SECRET', 'private', { botIsMember: false });
    await storedAnswer(bot, 'C0OUTSIDE', READY_TEAM);
    await storedAnswer(bot, 'G0SECRET', READY_TEAM);
    const outside = await runStep('reassess_team', { channel_id: 'C0OUTSIDE', post_answer: true });
    expect(outside.end.state).toBe('failed');
    expect(outside.end.error).toContain('not a member of channel C0OUTSIDE');
    expect(outside.end.error).toContain('/invite @AI Team Advisor');
    const secret = await runStep('reassess_team', { channel_id: 'G0SECRET' });
    expect(secret.end.state).toBe('failed');
    expect(secret.end.error).toContain('cannot see channel G0SECRET');
    // Nothing went to anyone's DM instead.
    expect(bot.standIn.callsTo('chat.postMessage')).toEqual([]);
  });

  it('fails for an archived channel rather than posting elsewhere', async () => {
    bot.standIn.addChannel('C0OLD', 'public', { archived: true });
    await storedAnswer(bot, 'C0OLD', READY_TEAM);
    const { end } = await runStep('reassess_team', { channel_id: 'C0OLD', post_answer: true });
    expect(end.state).toBe('failed');
    expect(end.error).toContain('archived');
  });

  it('fails, sending the answer to nobody, when the channel will not take the post', async () => {
    await storedAnswer(bot, 'C0TEAM', READY_TEAM, 'U0ASKER');
    // The channel can be read, but Slack refuses the post: only some people may post there, or it was archived.
    bot.standIn.fail('chat.postMessage', { error: 'restricted_action' });
    const restricted = await runStep('reassess_team', { channel_id: 'C0TEAM', post_answer: true });
    expect(restricted.end.state).toBe('failed');
    expect(restricted.end.error).toBe(
      'Channel C0TEAM lets only some people post (a channel or workspace setting), and AI Team Advisor is not one of them. Let the app post there, or pick another channel, then run the workflow again.',
    );
    bot.standIn.fail('chat.postMessage', { error: 'is_archived' });
    const archived = await runStep('reassess_team', { channel_id: 'C0TEAM', post_answer: true });
    expect(archived.end.error).toBe(
      'Channel C0TEAM is archived, so AI Team Advisor cannot post there. Pick an active channel.',
    );
    // Whoever gave the answers, perhaps long ago, did not ask for them by DM this time.
    expect(dmsTo(bot, 'U0ASKER')).toEqual([]);
  });

  it('refuses a direct message or a missing channel with a sentence', async () => {
    const dm = await runStep('reassess_team', { channel_id: 'D0ASKER' });
    expect(dm.end.error).toContain('not a direct message');
    const none = await runStep('reassess_team', {});
    expect(none.end.error).toContain("needs the team's channel");
  });

  it('fails with what to do when the workflow token expired before the outputs, keeping the posted answer', async () => {
    await storedAnswer(bot, 'C0TEAM', READY_TEAM);
    const { start, end } = await runStep('reassess_team', { channel_id: 'C0TEAM', post_answer: true }, 0);
    // Outputs only with the workflow token; the bot token only to end the run with an error.
    expect(expiredEnding(start)).toEqual([
      ['functions.completeSuccess', start.token, 'token_expired'],
      ['functions.completeError', BOT_TOKEN, 'ok'],
    ]);
    expect(end.state).toBe('failed');
    expect(end.outputs).toBeUndefined();
    expect(end.error).toContain('ran past the time Slack gives a workflow step');
    expect(end.error).toContain('The answer is posted in channel C0TEAM and stays there.');
    expect(end.error).toContain('Run the workflow again');
    // The answer, posted with the bot token, is kept.
    const parent = bot.standIn.callsTo('chat.postMessage').find((call) => !call.params.thread_ts);
    expect([parent?.params.channel, parent?.token, parent?.result.ok]).toEqual(['C0TEAM', BOT_TOKEN, true]);

    // Without posting, nothing was lost.
    const quiet = await runStep('reassess_team', { channel_id: 'C0TEAM' }, 0);
    expect(quiet.end.state).toBe('failed');
    expect(quiet.end.error).toContain('Nothing was lost.');
  });

  it('fails, never left running, when Slack refuses the outputs', async () => {
    await storedAnswer(bot, 'C0TEAM', READY_TEAM);
    bot.standIn.fail('functions.completeSuccess', { error: 'parameter_validation_failed' });
    const { start, end } = await runStep('reassess_team', { channel_id: 'C0TEAM' });
    expect(end.state).toBe('failed');
    expect(end.error).toContain('Slack refused to hand it to the next steps');
    // Still the run's own token: the bot token is only for a workflow token that no longer works.
    expect(expiredEnding(start)).toEqual([
      ['functions.completeSuccess', start.token, 'parameter_validation_failed'],
      ['functions.completeError', start.token, 'ok'],
    ]);
  });

  it('fails with the words every command uses when the database cannot answer', async () => {
    bot.store.channelHistory = async () => {
      throw new DatabaseUnavailableError('SQLITE_BUSY');
    };
    const inStep = await runStep('reassess_team', { channel_id: 'C0TEAM' });
    expect(inStep.end.error).toBe(thenAskAnAdmin(DATABASE_UNAVAILABLE_TEXT));
    // Even before the step runs: the check for a retried event needs the database too.
    vi.spyOn(EventLog.prototype, 'firstTime').mockRejectedValueOnce(
      new DatabaseUnavailableError('SQLITE_BUSY'),
    );
    const beforeStep = await runStep('reassess_team', { channel_id: 'C0TEAM' });
    expect(beforeStep.end.error).toBe(thenAskAnAdmin(DATABASE_UNAVAILABLE_TEXT));
  });

  it('runs once for an event Slack sends again, and acknowledges the retry', async () => {
    await storedAnswer(bot, 'C0TEAM', READY_TEAM);
    const start = stepEvent(bot, 'reassess_team', { channel_id: 'C0TEAM', post_answer: true });
    const [first, retry] = await Promise.all([sendStepEvent(bot, start), sendStepEvent(bot, start, 1)]);
    expect([first.status, retry.status]).toEqual([200, 200]);
    await endOf(bot, start.executionId);
    await eventually(() =>
      expect(bot.logs.requests().filter((line) => line.name === 'function_executed')).toHaveLength(2),
    );
    expect(bot.logs.requests().map((line) => line.outcome)).toContain('duplicate');
    expect(bot.standIn.completionsOf(start.executionId)).toHaveLength(1);
    // One answer posted, not two.
    expect(bot.standIn.callsTo('chat.postMessage').filter((call) => !call.params.thread_ts)).toHaveLength(1);
  });
});

describe('Assess an AI team', () => {
  async function requestAnswered(inputs: Record<string, unknown>, userId = 'U0LEAD') {
    const start = stepEvent(bot, 'assess_team', inputs);
    expect((await sendStepEvent(bot, start)).status).toBe(200);
    const request = await stepRequestTo(bot, userId);
    return {
      start,
      request,
      where: { userId, dm: String(request.result.channel), ts: String(request.result.ts) },
    };
  }

  it('asks the person, opens the prefilled questionnaire, posts the answer and completes with its outputs', async () => {
    await storedAnswer(bot, 'C0TEAM', NO_AI_ENGINEER);
    const { start, request, where } = await requestAnswered({
      channel_id: 'C0TEAM',
      user_id: 'U0LEAD',
      team_name: 'Search',
    });
    // The request went with the workflow token, so its clicks come back with the step; the step waits.
    expect(request.token).toBe(start.token);
    expect(buttonIn(request.params.blocks, 'assess_step_open').text.text).toBe('Answer the questionnaire');
    expect(buttonIn(request.params.blocks, 'assess_step_skip').text.text).toBe('Skip');
    expect(bot.standIn.execution(start.executionId)?.state).toBe('running');

    const click = await bot.driver.interaction(stepButtonPayload(bot, start, 'assess_step_open', where));
    expect(click.status).toBe(200);
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
    const view = bot.standIn.lastOpenedView();
    // Prefilled from the channel's latest answers: the team's name and its stage.
    const blocks = view.blocks as Record<string, any>[];
    expect(blocks.find((block) => block.block_id === 'name')?.element.initial_value).toBe('Search');
    expect(blocks.find((block) => block.block_id === 'stage')?.element.initial_option.value).toBe('pilot');

    // A bad answer goes back to its field; the step keeps waiting.
    const rejected = await bot.driver.interaction(
      stepSubmissionPayload(
        bot,
        start,
        view,
        formState({ stage: 'pilot', builds: 'both', urgency: 'soon' }),
        'U0LEAD',
      ),
    );
    expect(rejected.json).toMatchObject({
      response_action: 'errors',
      errors: { urgency: expect.any(String) },
    });
    expect(bot.standIn.execution(start.executionId)?.state).toBe('running');

    const answers = formState({
      name: 'Search',
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'weeks',
      roles: { ai_engineer: { inHouse: 1 }, backend: { inHouse: 2 }, ai_pm: { inHouse: 1 } },
    });
    const submitted = await bot.driver.interaction(
      stepSubmissionPayload(bot, start, view, answers, 'U0LEAD'),
    );
    expect(submitted.status).toBe(200);
    const end = await endOf(bot, start.executionId);
    expect(end.state).toBe('completed');
    const parent = bot.standIn.callsTo('chat.postMessage').find((call) => call.params.channel === 'C0TEAM');
    expect(parent?.token).toBe(BOT_TOKEN);
    expect(end.outputs).toMatchObject({
      stage: 'Pilot',
      headcount: 4,
      answer_link: `https://example.slack.com/archives/C0TEAM/p${String(parent?.result.ts).replace('.', '')}`,
    });
    // Stored like any answer: the channel's history has it.
    const [latest] = await bot.store.channelHistory(bot.standIn.workspaceId, 'C0TEAM', 1);
    expect(latest?.profile.roles.ai_engineer.inHouse).toBe(1);
    expect(latest?.userId).toBe('U0LEAD');
    // The request loses its buttons.
    await eventually(() =>
      expect(bot.standIn.callsTo('chat.update').map((call) => call.params.ts)).toEqual([where.ts]),
    );
  });

  it('asks the person who ran the workflow when no person is given', async () => {
    await storedAnswer(bot, 'C0TEAM', READY_TEAM);
    const { start } = await requestAnswered(
      {
        channel_id: 'C0TEAM',
        user_id: '',
        interactivity: { interactor: { id: 'U0ASKER' }, interactivity_pointer: 'x' },
      },
      'U0ASKER',
    );
    expect(bot.standIn.execution(start.executionId)?.state).toBe('running');
  });

  it('names the team as typed in the request, without pinging anyone or making links', async () => {
    await requestAnswered({
      channel_id: 'C0TEAM',
      user_id: 'U0LEAD',
      team_name: '<!channel> <https://x.io|Search>',
    });
    const request = await stepRequestTo(bot, 'U0LEAD');
    expect(String(request.params.text)).not.toContain('<!channel>');
    expect(String(request.params.text)).not.toContain('<https://x.io');
    expect(String(request.params.text)).toContain('&lt;!channel&gt;');
  });

  it('fails with who skipped, when the person presses Skip', async () => {
    bot.standIn.setUser('U0LEAD', {});
    const { start, where } = await requestAnswered({ channel_id: 'C0TEAM', user_id: 'U0LEAD' });
    await bot.driver.interaction(stepButtonPayload(bot, start, 'assess_step_skip', where));
    const end = await endOf(bot, start.executionId);
    expect(end.state).toBe('failed');
    expect(end.error).toBe(
      'u0lead (U0LEAD) skipped the AI team assessment for channel C0TEAM, so this step has no answer.',
    );
    expect(bot.standIn.callsTo('chat.postMessage').filter((c) => c.params.channel === 'C0TEAM')).toEqual([]);
  });

  it('fails with who skipped by the bot token when the click’s workflow token has expired', async () => {
    bot.standIn.setUser('U0LEAD', {});
    const { start, where } = await requestAnswered({ channel_id: 'C0TEAM', user_id: 'U0LEAD' });
    await bot.driver.interaction(
      stepButtonPayload(bot, start, 'assess_step_skip', where, { tokenLifetimeMs: 0 }),
    );
    const end = await endOf(bot, start.executionId);
    expect(end.error).toContain('u0lead (U0LEAD) skipped the AI team assessment');
    expect(expiredEnding(start)).toEqual([
      ['functions.completeError', expect.stringMatching(/^xwfp-/), 'token_expired'],
      ['functions.completeError', BOT_TOKEN, 'ok'],
    ]);
  });

  it('stays answerable until the workflow ends it; an answer after that is posted and the person told', async () => {
    const { start, where } = await requestAnswered({ channel_id: 'C0TEAM', user_id: 'U0LEAD' });
    bot.standIn.endExecution(start.executionId);
    await bot.driver.interaction(stepButtonPayload(bot, start, 'assess_step_open', where));
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
    const view = bot.standIn.lastOpenedView();
    const answers = formState({ stage: 'pilot', builds: 'both', urgency: 'weeks' });
    await bot.driver.interaction(stepSubmissionPayload(bot, start, view, answers, 'U0LEAD'));
    await eventually(() =>
      expect(dmsTo(bot, 'U0LEAD').map((call) => call.params.text)).toContain(
        'Your assessment is posted in <#C0TEAM>, but its workflow step had already ended, so the workflow did not get it.',
      ),
    );
    expect(bot.standIn.execution(start.executionId)?.state).toBe('ended_by_workflow');
  });

  it('fails with what to do when the workflow token expired before the answer; the answer is posted and stored', async () => {
    const { start, where } = await requestAnswered({ channel_id: 'C0TEAM', user_id: 'U0LEAD' });
    await bot.driver.interaction(stepButtonPayload(bot, start, 'assess_step_open', where));
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
    const view = bot.standIn.lastOpenedView();
    const answers = formState({ stage: 'pilot', builds: 'both', urgency: 'weeks' });
    await bot.driver.interaction(
      stepSubmissionPayload(bot, start, view, answers, 'U0LEAD', { tokenLifetimeMs: 0 }),
    );
    const end = await endOf(bot, start.executionId);
    expect(end.state).toBe('failed');
    expect(end.error).toContain('ran past the time Slack gives a workflow step');
    expect(end.error).toContain('The answer of person U0LEAD is posted in channel C0TEAM');
    expect(expiredEnding(start).slice(-2)).toEqual([
      ['functions.completeSuccess', expect.stringMatching(/^xwfp-/), 'token_expired'],
      ['functions.completeError', BOT_TOKEN, 'ok'],
    ]);
    const parent = bot.standIn.callsTo('chat.postMessage').find((call) => call.params.channel === 'C0TEAM');
    expect([parent?.token, parent?.result.ok]).toEqual([BOT_TOKEN, true]);
    const [latest] = await bot.store.channelHistory(bot.standIn.workspaceId, 'C0TEAM', 1);
    expect(latest?.userId).toBe('U0LEAD');
    // The request loses its buttons: the run is over.
    await eventually(() =>
      expect(bot.standIn.callsTo('chat.update').map((call) => call.params.ts)).toEqual([where.ts]),
    );
  });

  it('fails for a person who is not in the channel, and for a channel the bot is not in', async () => {
    const stranger = await runStep('assess_team', { channel_id: 'C0TEAM', user_id: 'U0STRANGER' });
    expect(stranger.end.error).toContain('Person U0STRANGER is not a member of channel C0TEAM');
    bot.standIn.addChannel('C0OUTSIDE', 'public', { botIsMember: false });
    const outside = await runStep('assess_team', { channel_id: 'C0OUTSIDE', user_id: 'U0LEAD' });
    expect(outside.end.error).toContain('not a member of channel C0OUTSIDE');
    const nobody = await runStep('assess_team', { channel_id: 'C0TEAM' });
    expect(nobody.end.error).toContain('needs the person to ask');
    expect(bot.standIn.callsTo('chat.postMessage')).toEqual([]);
  });

  it('fails before asking anyone when the channel is archived (its history still reads)', async () => {
    bot.standIn.addChannel('C0OLD', 'public', { archived: true, members: ['U0LEAD'] });
    const { end } = await runStep('assess_team', { channel_id: 'C0OLD', user_id: 'U0LEAD' });
    expect(end.state).toBe('failed');
    expect(end.error).toBe(
      'Channel C0OLD is archived, so AI Team Advisor cannot post there. Pick an active channel.',
    );
    expect(bot.standIn.callsTo('chat.postMessage')).toEqual([]);
  });

  it('fails, with the bot token, when the workflow token expired before the request could be sent', async () => {
    const { start, end } = await runStep('assess_team', { channel_id: 'C0TEAM', user_id: 'U0LEAD' }, 0);
    expect(end.state).toBe('failed');
    expect(end.error).toContain("The workflow's token for this step had expired");
    expect(bot.standIn.completionsOf(start.executionId).at(-1)?.token).toBe(BOT_TOKEN);
  });

  it('fails, saying why, when the channel will not take the answer; the person gets it by DM', async () => {
    const { start, where } = await requestAnswered({ channel_id: 'C0TEAM', user_id: 'U0LEAD' });
    await bot.driver.interaction(stepButtonPayload(bot, start, 'assess_step_open', where));
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
    const view = bot.standIn.lastOpenedView();
    bot.standIn.fail('chat.postMessage', { error: 'restricted_action' });
    const answers = formState({ stage: 'pilot', builds: 'both', urgency: 'weeks' });
    await bot.driver.interaction(stepSubmissionPayload(bot, start, view, answers, 'U0LEAD'));
    const end = await endOf(bot, start.executionId);
    expect(end.state).toBe('failed');
    expect(end.error).toBe(
      'The answer of person U0LEAD could not be posted in channel C0TEAM, so it went to them by direct message. Channel C0TEAM lets only some people post (a channel or workspace setting), and AI Team Advisor is not one of them. Let the app post there, or pick another channel, then run the workflow again.',
    );
    // Their answer is not lost: it is in their DMs, after the request.
    await eventually(() =>
      expect(dmsTo(bot, 'U0LEAD').filter((call) => call.result.ok && call.params.blocks)).toHaveLength(2),
    );
  });

  it('fails with the person offered to try again when the answer cannot be stored', async () => {
    const { start, where } = await requestAnswered({ channel_id: 'C0TEAM', user_id: 'U0LEAD' });
    await bot.driver.interaction(stepButtonPayload(bot, start, 'assess_step_open', where));
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
    const view = bot.standIn.lastOpenedView();
    bot.store.save = async () => {
      throw new Error('disk full');
    };
    const answers = formState({ stage: 'pilot', builds: 'both', urgency: 'weeks' });
    await bot.driver.interaction(stepSubmissionPayload(bot, start, view, answers, 'U0LEAD'));
    const end = await endOf(bot, start.executionId);
    expect(end.state).toBe('failed');
    expect(end.error).toContain('could not store the answer of person U0LEAD');
    expect(bot.standIn.callsTo('chat.postMessage').filter((c) => c.params.channel === 'C0TEAM')).toEqual([]);
  });
});

describe('Send the hiring plan', () => {
  it('DMs the plan of the teams the person may see, as /aiteam plan does, and completes with its totals', async () => {
    bot.standIn.addChannel('C0OTHER', 'private', { members: ['U0BOB'] });
    await bot.store.save(stored(bot, { channelId: 'C0TEAM', teamName: 'Search' }));
    // A pilot heading to production: some of its new people are needed before the move, not now.
    const ranking = team({
      name: 'Ranking',
      stage: 'pilot',
      headingToNext: true,
      roles: { ai_engineer: 2, backend: 1, ai_pm: 1 },
      practices: ['eval_set', 'eval_owner'],
    });
    await bot.store.save(
      stored(bot, { channelId: 'C0GENERAL', teamName: 'Ranking', stage: 'pilot', profile: ranking }),
    );
    await bot.store.save(stored(bot, { channelId: 'C0OTHER', teamName: 'Hidden' }));
    const { end } = await runStep('send_hiring_plan', { user_id: 'U0LEAD' });
    expect(end.state).toBe('completed');
    const sent = dmsTo(bot, 'U0LEAD');
    const byCommand = await planFor(bot, 'U0LEAD');
    // The same messages as the command's, picture aside (a file of its own each time).
    const withoutFiles = (calls: typeof sent) =>
      JSON.stringify(calls.map((call) => [call.params.text, call.params.blocks])).replace(/"F\d+"/g, '"F"');
    expect(withoutFiles(sent.slice(0, byCommand.length))).toBe(withoutFiles(byCommand));
    expect(sent.every((call) => call.token === BOT_TOKEN)).toBe(true);
    expect(end.outputs).toMatchObject({ teams: 2, shared_platforms: expect.any(Number) });
    expect(end.outputs?.headline).toMatch(/^The teams? needs? /);
    expect(end.outputs?.headline).not.toContain('Hidden');
    // The headline's counts (its first clause names no team) are the ones the DM says.
    expect(String(sent[0]?.params.text).split(';')[0]).toBe(String(end.outputs?.headline).split(';')[0]);
    // The step's count is the number of new people the DM's headline states, split by when they are needed.
    const stated = /needs? (\d+) new (?:person|people)/.exec(String(sent[0]?.params.text));
    expect(stated).not.toBeNull();
    expect(end.outputs?.new_people).toBe(Number(stated?.[1]));
    expect(end.outputs?.people_before_moves).toBeGreaterThan(0);
    expect(Number(end.outputs?.people_to_fill_now) + Number(end.outputs?.people_before_moves)).toBe(
      end.outputs?.new_people,
    );
  });

  it('completes with no teams, and says so, when the person can see none', async () => {
    const { end } = await runStep('send_hiring_plan', { user_id: 'U0LEAD' });
    expect(end.outputs).toMatchObject({
      teams: 0,
      new_people: 0,
      people_to_fill_now: 0,
      people_before_moves: 0,
    });
    expect(end.outputs?.headline).toContain('No team you can see has been assessed yet');
    expect(dmsTo(bot, 'U0LEAD')).toHaveLength(1);
  });

  it('fails with what to do when the workflow token expired before the totals; the plan stays sent', async () => {
    await bot.store.save(stored(bot, { channelId: 'C0TEAM', teamName: 'Search' }));
    const { start, end } = await runStep('send_hiring_plan', { user_id: 'U0LEAD' }, 0);
    expect(end.state).toBe('failed');
    expect(end.error).toContain('ran past the time Slack gives a workflow step');
    expect(end.error).toContain('The hiring plan reached person U0LEAD by direct message and stays there.');
    expect(expiredEnding(start)).toEqual([
      ['functions.completeSuccess', start.token, 'token_expired'],
      ['functions.completeError', BOT_TOKEN, 'ok'],
    ]);
    const sent = dmsTo(bot, 'U0LEAD');
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((call) => call.token === BOT_TOKEN && call.result.ok)).toBe(true);
  });

  it('fails with a sentence when Slack does not take the plan', async () => {
    await bot.store.save(stored(bot, { channelId: 'C0TEAM', teamName: 'Search' }));
    bot.standIn.fail('chat.postMessage', { error: 'cannot_dm_bot' }, 3);
    const { end } = await runStep('send_hiring_plan', { user_id: 'U0LEAD' });
    expect(end.state).toBe('failed');
    expect(end.error).toContain('Slack did not take the hiring plan for person U0LEAD (cannot_dm_bot)');
  });

  it('refuses a second plan for the same person while the first is on its way', async () => {
    await bot.store.save(stored(bot, { channelId: 'C0TEAM', teamName: 'Search' }));
    const release = bot.standIn.hold('chat.postMessage');
    const first = stepEvent(bot, 'send_hiring_plan', { user_id: 'U0LEAD' });
    await sendStepEvent(bot, first);
    await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length === 1);
    const second = await runStep('send_hiring_plan', { user_id: 'U0LEAD' });
    expect(second.end.error).toContain('A hiring plan is already on its way to person U0LEAD');
    release();
    expect((await endOf(bot, first.executionId)).state).toBe('completed');
  });
});

describe('A step this version does not offer', () => {
  it('is acknowledged at once and failed with what to do, never left "In progress"', async () => {
    // A workflow holding a step of a newer manifest than the running bot.
    const retired = {
      retired_step: {
        title: 'Retired step',
        description: 'A step the running bot does not know.',
        input_parameters: { properties: {} },
        output_parameters: { properties: {} },
      },
    };
    const start = stepEvent(bot, 'retired_step', {}, { steps: retired });
    const response = await sendStepEvent(bot, start);
    expect(response.status).toBe(200);
    const end = await endOf(bot, start.executionId);
    expect(end.state).toBe('failed');
    expect(end.error).toBe(
      'This workflow uses the step "Retired step" (retired_step), which this version of AI Team Advisor does not offer. Ask whoever runs the app to update it to the version of its manifest, or remove the step from the workflow.',
    );
    expect(bot.standIn.completionsOf(start.executionId).map((call) => call.token)).toEqual([start.token]);
  });
});

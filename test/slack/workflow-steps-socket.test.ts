import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually } from '../helpers/eventually.js';
import { formState } from './form.js';
import { BOT_TOKEN, type BotHarness } from './harness.js';
import { dmsTo, stored } from './plan-fixtures.js';
import {
  endOf,
  READY_TEAM,
  startStepBot,
  stepButtonPayload,
  stepEvent,
  stepRequestTo,
  stepSubmissionPayload,
  storedAnswer,
} from './step-fixtures.js';

let bot: BotHarness;
beforeEach(async () => {
  bot = await startStepBot({ socketMode: true, members: ['U0LEAD'] });
  await bot.standIn.waitFor(() => bot.standIn.socketClients.length === 1);
});
afterEach(async () => {
  await bot.stop();
});

/** Sends an envelope over the WebSocket and waits for the bot to acknowledge it. */
async function sendAcknowledged(
  type: 'events_api' | 'interactive',
  payload: Record<string, unknown>,
): Promise<Record<string, any>> {
  const envelopeId = bot.standIn.sendEnvelope(type, payload);
  await bot.standIn.waitFor(() => bot.standIn.socketAcks.some((ack) => ack.envelope_id === envelopeId));
  return bot.standIn.socketAcks.find((ack) => ack.envelope_id === envelopeId) as Record<string, any>;
}

describe('Workflow Builder steps in Socket Mode', () => {
  it('Re-assess completes with its outputs; a missing answer fails with a sentence', async () => {
    await storedAnswer(bot, 'C0TEAM', READY_TEAM);
    const start = stepEvent(bot, 'reassess_team', { channel_id: 'C0TEAM' });
    await sendAcknowledged('events_api', start.body);
    const end = await endOf(bot, start.executionId);
    expect(end.outputs).toMatchObject({ stage: 'Pilot', headcount: 10, ready_for_next_stage: true });

    bot.standIn.addChannel('C0EMPTY', 'public');
    const empty = stepEvent(bot, 'reassess_team', { channel_id: 'C0EMPTY' });
    await sendAcknowledged('events_api', empty.body);
    expect((await endOf(bot, empty.executionId)).error).toContain('Run /aiteam in that channel first');
  });

  it('a workflow token expired before the outputs: the step fails with what to do, by the bot token', async () => {
    await storedAnswer(bot, 'C0TEAM', READY_TEAM);
    const start = stepEvent(
      bot,
      'reassess_team',
      { channel_id: 'C0TEAM', post_answer: true },
      { tokenLifetimeMs: 0 },
    );
    await sendAcknowledged('events_api', start.body);
    const end = await endOf(bot, start.executionId);
    expect(end.state).toBe('failed');
    expect(end.error).toContain('The answer is posted in channel C0TEAM and stays there.');
    expect(
      bot.standIn.completionsOf(start.executionId).map((call) => [call.method, call.token, call.result.ok]),
    ).toEqual([
      ['functions.completeSuccess', start.token, false],
      ['functions.completeError', BOT_TOKEN, true],
    ]);
  });

  it('a retried event is acknowledged and runs once', async () => {
    await storedAnswer(bot, 'C0TEAM', READY_TEAM);
    const start = stepEvent(bot, 'reassess_team', { channel_id: 'C0TEAM', post_answer: true });
    await sendAcknowledged('events_api', start.body);
    await sendAcknowledged('events_api', start.body);
    await endOf(bot, start.executionId);
    await eventually(() =>
      expect(bot.logs.requests().filter((line) => line.name === 'function_executed')).toHaveLength(2),
    );
    expect(bot.standIn.completionsOf(start.executionId)).toHaveLength(1);
    expect(bot.standIn.callsTo('chat.postMessage').filter((call) => !call.params.thread_ts)).toHaveLength(1);
  });

  it('Assess an AI team: the request, the button, the questionnaire, the answer, then completion', async () => {
    const start = stepEvent(bot, 'assess_team', { channel_id: 'C0TEAM', user_id: 'U0LEAD' });
    await sendAcknowledged('events_api', start.body);
    const request = await stepRequestTo(bot, 'U0LEAD');
    const where = { userId: 'U0LEAD', dm: String(request.result.channel), ts: String(request.result.ts) };
    await sendAcknowledged('interactive', stepButtonPayload(bot, start, 'assess_step_open', where));
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
    const view = bot.standIn.lastOpenedView();
    const answers = formState({
      stage: 'pilot',
      builds: 'both',
      urgency: 'weeks',
      roles: { ai_engineer: { inHouse: 2 } },
    });
    await sendAcknowledged('interactive', stepSubmissionPayload(bot, start, view, answers, 'U0LEAD'));
    const end = await endOf(bot, start.executionId);
    expect(end.state).toBe('completed');
    expect(end.outputs).toMatchObject({
      stage: 'Pilot',
      headcount: 2,
      answer_link: expect.stringContaining('C0TEAM'),
    });
  });

  it('a step this version does not offer is acknowledged and failed, not left running', async () => {
    const retired = {
      retired_step: {
        title: 'Retired step',
        description: 'A step the running bot does not know.',
        input_parameters: { properties: {} },
        output_parameters: { properties: {} },
      },
    };
    const start = stepEvent(bot, 'retired_step', {}, { steps: retired });
    await sendAcknowledged('events_api', start.body);
    const end = await endOf(bot, start.executionId);
    expect(end.state).toBe('failed');
    expect(end.error).toContain('which this version of AI Team Advisor does not offer');
  });

  it('Send the hiring plan DMs the plan with the bot token and completes with its totals', async () => {
    await bot.store.save(stored(bot, { channelId: 'C0TEAM', teamName: 'Search' }));
    const start = stepEvent(bot, 'send_hiring_plan', { user_id: 'U0LEAD' });
    await sendAcknowledged('events_api', start.body);
    const end = await endOf(bot, start.executionId);
    expect(end.outputs).toMatchObject({ teams: 1 });
    expect(dmsTo(bot, 'U0LEAD').every((call) => call.token === BOT_TOKEN)).toBe(true);
  });
});

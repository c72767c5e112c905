import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formState } from './form.js';
import { APP_TOKEN, type BotHarness, freePort, startBot } from './harness.js';

let bot: BotHarness;
beforeEach(async () => {
  bot = await startBot({ socketMode: true });
  await bot.standIn.waitFor(
    () => bot.standIn.socketAcks.length === 0 && bot.standIn.socketClients.length === 1,
  );
});
afterEach(async () => {
  await bot.stop();
});

function commandPayload(text: string) {
  return Object.fromEntries(new URLSearchParams(bot.driver.commandBody(text)));
}

async function ackFor(envelopeId: string) {
  await bot.standIn.waitFor(() => bot.standIn.socketAcks.some((ack) => ack.envelope_id === envelopeId));
  return bot.standIn.socketAcks.find((ack) => ack.envelope_id === envelopeId);
}

describe('Socket Mode', () => {
  it('connects with the app token through apps.connections.open at SLACK_API_URL', () => {
    expect(bot.running.mode).toBe('socket');
    expect(bot.standIn.callsTo('apps.connections.open').map((call) => call.token)).toEqual([APP_TOKEN]);
  });

  it('answers /aiteam help in the acknowledgement', async () => {
    const ack = await ackFor(bot.standIn.sendEnvelope('slash_commands', commandPayload('help')));
    expect(ack?.payload).toMatchObject({ response_type: 'ephemeral' });
    expect(ack?.payload.text).toContain('/aiteam');
  });

  it('runs the whole questionnaire: modal, inline errors, answer in a thread', async () => {
    await ackFor(bot.standIn.sendEnvelope('slash_commands', commandPayload('')));
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
    const view = bot.standIn.callsTo('views.open')[0]?.params.view as Record<string, any>;

    const submission = (values: Record<string, unknown>) => ({
      type: 'view_submission',
      team: { id: bot.standIn.workspaceId, domain: 'example' },
      user: { id: 'U0ASKER', username: 'asker', team_id: bot.standIn.workspaceId },
      api_app_id: 'A0ADVISOR',
      trigger_id: bot.standIn.issueTrigger(),
      view: { ...view, id: 'V1', team_id: bot.standIn.workspaceId, state: { values } },
    });
    const rejected = await ackFor(
      bot.standIn.sendEnvelope(
        'interactive',
        submission(formState({ stage: 'pilot', builds: 'both', urgency: 'soon' })),
      ),
    );
    expect(rejected?.payload).toEqual({
      response_action: 'errors',
      errors: { urgency: 'Must be one of: weeks, this_quarter, no_rush.' },
    });

    await ackFor(
      bot.standIn.sendEnvelope(
        'interactive',
        submission(formState({ stage: 'pilot', builds: 'both', urgency: 'weeks' })),
      ),
    );
    await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length === 5);
    const [parent, ...replies] = bot.standIn.callsTo('chat.postMessage');
    expect(replies.every((reply) => reply.params.thread_ts === parent?.result.ts)).toBe(true);
  });

  it('serves /healthz on PORT', async () => {
    const response = await fetch(`http://127.0.0.1:${bot.running.port}/healthz`);
    expect(response.status).toBe(200);
  });

  it('serves /readyz on PORT, and HEAD on both probes', async () => {
    const ready = await fetch(`http://127.0.0.1:${bot.running.port}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    for (const path of ['/healthz', '/readyz']) {
      const head = await fetch(`http://127.0.0.1:${bot.running.port}${path}`, { method: 'HEAD' });
      expect(head.status).toBe(200);
    }
  });

  it('on drain, closes the connection to Slack and fails readiness while the port stays open', async () => {
    const drained = await startBot({ socketMode: true });
    try {
      const [socket] = drained.standIn.socketClients;
      const closed = new Promise((resolve) => socket?.once('close', resolve));
      drained.running.drain();
      await closed;
      const ready = await fetch(`http://127.0.0.1:${drained.running.port}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'shutting down' });
    } finally {
      await drained.stop();
    }
  });

  it('starts on a fixed PORT, serving /healthz there (no second server on it)', async () => {
    const port = await freePort();
    const fixed = await startBot({ socketMode: true, port });
    try {
      expect(fixed.running.port).toBe(port);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      await fixed.stop();
    }
  });

  it('closes the connection on stop', async () => {
    const [socket] = bot.standIn.socketClients;
    const closed = new Promise((resolve) => socket?.once('close', resolve));
    await bot.running.stop();
    await closed;
    expect(bot.standIn.socketClients).toHaveLength(0);
  });
});

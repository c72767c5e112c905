import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BotProcess, launchBot, startedPort } from '../helpers/bot-process.js';
import { SlackDriver } from './driver.js';
import { BOT_TOKEN, processBotEnv, SIGNING_SECRET } from './harness.js';
import { SlackStandIn } from './stand-in.js';
import { endOf, MANIFEST_STEPS, stepEvent } from './step-fixtures.js';

let standIn: SlackStandIn;
let running: BotProcess | undefined;
beforeEach(async () => {
  standIn = new SlackStandIn({ botToken: BOT_TOKEN });
  await standIn.start();
  standIn.declareSteps(MANIFEST_STEPS);
  standIn.addChannel('C0TEAM', 'public');
});
afterEach(async () => {
  running?.child.kill('SIGKILL');
  running = undefined;
  await standIn.stop();
});

describe('the built bot (node dist/app.js) runs the manifest’s steps', () => {
  it('ends every step it is sent over signed HTTP, with outputs or a sentence', async () => {
    running = await launchBot(processBotEnv(standIn.apiUrl));
    const driver = new SlackDriver(`http://127.0.0.1:${await startedPort(running)}`, SIGNING_SECRET, standIn);
    const bot = { standIn };
    const inputs: Record<string, Record<string, unknown>> = {
      reassess_team: { channel_id: 'C0TEAM' },
      assess_team: { channel_id: 'C0TEAM', user_id: 'U0LEAD' },
      send_hiring_plan: { user_id: 'U0LEAD' },
    };
    const started = Object.keys(MANIFEST_STEPS).map((callbackId) => {
      const step = stepEvent(bot, callbackId, inputs[callbackId] ?? {});
      return { callbackId, step };
    });
    for (const { step } of started) {
      expect((await driver.send(JSON.stringify(step.body), 'application/json')).status).toBe(200);
    }
    const ends = Object.fromEntries(
      await Promise.all(
        started
          .filter(({ callbackId }) => callbackId !== 'assess_team')
          .map(async ({ callbackId, step }) => [callbackId, await endOf({ standIn }, step.executionId)]),
      ),
    );
    expect(ends.reassess_team?.error).toContain('No AI team assessment is stored for channel C0TEAM');
    expect(ends.send_hiring_plan?.outputs).toMatchObject({ teams: 0 });
    // "Assess an AI team" waits for its person, who got the request.
    await standIn.waitFor(() =>
      standIn
        .callsTo('chat.postMessage')
        .some(
          (call) =>
            call.params.channel === 'U0LEAD' && String(call.params.text).startsWith('A workflow asks you'),
        ),
    );
  });
});

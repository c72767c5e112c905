import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eventually } from '../helpers/eventually.js';
import { signature } from './driver.js';
import { formState } from './form.js';
import { BOT_TOKEN, type BotHarness, SIGNING_SECRET, startBot } from './harness.js';

/** Slack's published example (docs.slack.dev, "Verifying requests from Slack"). */
const SLACK_EXAMPLE = {
  signingSecret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: 1531420618,
  body: 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};

let bot: BotHarness;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});
afterEach(() => {
  vi.useRealTimers();
});

const FORM = 'application/x-www-form-urlencoded';

/** Slack calls the bot made while handling requests (auth.test at start-up excluded). */
function slackCallsAfterStartup() {
  return bot.standIn.calls.filter((call) => call.method !== 'auth.test');
}

describe('request signatures', () => {
  it("signs exactly as Slack's published example", () => {
    expect(signature(SLACK_EXAMPLE.signingSecret, SLACK_EXAMPLE.timestamp, SLACK_EXAMPLE.body)).toBe(
      SLACK_EXAMPLE.signature,
    );
  });

  it("accepts Slack's published example at its own time, and refuses it now (stale)", async () => {
    const fresh = await startBotWithSecret(SLACK_EXAMPLE.signingSecret);
    try {
      const send = () =>
        fresh.driver.send(SLACK_EXAMPLE.body, FORM, {
          timestamp: SLACK_EXAMPLE.timestamp,
          signature: SLACK_EXAMPLE.signature,
        });
      const stale = await send();
      expect(stale.status).toBe(401);

      vi.useFakeTimers({ toFake: ['Date'], now: SLACK_EXAMPLE.timestamp * 1000 + 30_000 });
      const accepted = await send();
      // Verified, then handled: /webhook-collect is not our command, so Bolt answers it as unhandled, not 401.
      expect(accepted.status).not.toBe(401);
    } finally {
      vi.useRealTimers();
      await fresh.stop();
    }
  });

  it('refuses a stale timestamp, a tampered body, a wrong secret and a missing signature, calling Slack for none', async () => {
    const body = bot.driver.commandBody('help');
    const fiveMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const now = Math.floor(Date.now() / 1000);
    const before = slackCallsAfterStartup().length;
    const results = await Promise.all([
      bot.driver.send(body, FORM, { timestamp: fiveMinutesAgo }),
      bot.driver.send(body.replace('text=help', 'text=grid'), FORM, {
        timestamp: now,
        signature: signature(SIGNING_SECRET, now, body),
      }),
      bot.driver.send(body, FORM, { timestamp: now, signature: signature('not-the-secret', now, body) }),
      bot.driver.send(body, FORM, { signature: '' }),
    ]);
    expect(results.map((result) => result.status)).toEqual([401, 401, 401, 401]);
    expect(results.every((result) => result.text === '')).toBe(true);
    expect(slackCallsAfterStartup().length).toBe(before);
    expect(bot.standIn.responseUrlPosts).toEqual([]);
  });
});

describe('serving', () => {
  it('answers GET /healthz with 200 once ready', async () => {
    const response = await fetch(`${bot.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers GET /readyz with 200 while serving with its database', async () => {
    const response = await fetch(`${bot.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('answers HEAD on both probes, with no body', async () => {
    for (const path of ['/healthz', '/readyz']) {
      const response = await fetch(`${bot.url}${path}`, { method: 'HEAD' });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('');
    }
  });

  it('keeps serving after a malformed payload', async () => {
    const garbage = [
      bot.driver.send('payload=%7Bnot-json', FORM),
      bot.driver.send('{"type":"event_callback","event":', 'application/json'),
      bot.driver.send('payload=%7B%22type%22%3A%22view_submission%22%7D', FORM),
      bot.driver.send('\u0000\u0001binary', 'application/octet-stream'),
    ];
    const statuses = (await Promise.all(garbage)).map((result) => result.status);
    // Unparseable bodies, and a signed payload of a shape Slack never sends, are refused (400).
    expect(statuses).toEqual([400, 400, 400, 400]);
    const help = await bot.driver.command('help');
    expect(help.status).toBe(200);
    expect(help.json?.text).toContain('/aiteam');
  });
});

describe('payloads of a shape Slack never sends', () => {
  const submission = (view: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    type: 'view_submission',
    team: { id: 'T0WORKSPACE', domain: 'example' },
    user: { id: 'U0ASKER', name: 'asker', team_id: 'T0WORKSPACE' },
    api_app_id: 'A0ADVISOR',
    trigger_id: '1.2.trigger',
    view: { id: 'V0X', callback_id: 'questionnaire', private_metadata: '', ...view },
    ...extra,
  });
  const button = (actions: unknown) => ({
    type: 'block_actions',
    team: { id: 'T0WORKSPACE', domain: 'example' },
    user: { id: 'U0ASKER', name: 'asker' },
    api_app_id: 'A0ADVISOR',
    trigger_id: '1.2.trigger',
    response_url: 'http://127.0.0.1:1/response/1',
    container: { type: 'message', message_ts: '1.000001', channel_id: 'C0GENERAL' },
    channel: { id: 'C0GENERAL', name: 'general' },
    actions,
  });
  const { user: _user, ...noUser } = submission({ state: { values: {} } });

  it.each<[string, Record<string, unknown>]>([
    ['state.values: null', submission({ state: { values: null } })],
    ['no view state', submission({})],
    ['actions not a list', button('edit_answers')],
    ['an empty list of actions', button([])],
    ['no user', noUser],
    [
      'a command with no user',
      { command: '/aiteam', text: '', team_id: 'T0WORKSPACE', channel_id: 'C0GENERAL' },
    ],
  ])('%s: 400, nothing handled, and the bot goes on serving', async (_case, payload) => {
    const before = slackCallsAfterStartup().length;
    const body = payload.command
      ? new URLSearchParams(payload as Record<string, string>).toString()
      : new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const result = await bot.driver.send(body, FORM);
    expect(result.status).toBe(400);
    expect(slackCallsAfterStartup().length).toBe(before);
    expect((await bot.driver.command('help')).status).toBe(200);
  });
});

describe('logging', () => {
  it('writes one structured line per request, with no tokens, secrets or typed text', async () => {
    const quiet = await startBot({ logLevel: 'trace' });
    try {
      await quiet.driver.command('grid', { userId: 'U0LOGGED' });
      await quiet.driver.command('tell me the secret word xyzzy', { userId: 'U0LOGGED' });
      await quiet.driver.command('', { userId: 'U0LOGGED' });
      await quiet.standIn.waitFor(() => quiet.standIn.callsTo('views.open').length === 1);
      const view = quiet.standIn.callsTo('views.open')[0]?.params.view as Record<string, any>;
      await quiet.driver.submitView(
        view,
        formState({ name: 'Project Nightingale', stage: 'pilot', builds: 'both', urgency: 'weeks' }),
        { userId: 'U0LOGGED' },
      );
      await quiet.standIn.waitFor(() => quiet.standIn.callsTo('chat.postMessage').length === 5);

      const requests = await eventually(() => {
        const lines = quiet.logs.requests();
        expect(lines).toHaveLength(4);
        return lines;
      });
      expect(
        requests.map(({ kind, name, workspace, user, outcome }) => ({
          kind,
          name,
          workspace,
          user,
          outcome,
        })),
      ).toEqual([
        {
          kind: 'command',
          name: '/aiteam',
          workspace: quiet.standIn.workspaceId,
          user: 'U0LOGGED',
          outcome: 'ok',
        },
        {
          kind: 'command',
          name: '/aiteam',
          workspace: quiet.standIn.workspaceId,
          user: 'U0LOGGED',
          outcome: 'invalid_input',
        },
        {
          kind: 'command',
          name: '/aiteam',
          workspace: quiet.standIn.workspaceId,
          user: 'U0LOGGED',
          outcome: 'ok',
        },
        {
          kind: 'view_submission',
          name: 'questionnaire',
          workspace: quiet.standIn.workspaceId,
          user: 'U0LOGGED',
          outcome: 'ok',
        },
      ]);
      for (const line of requests) expect(typeof line.latencyMs).toBe('number');

      const everything = quiet.logs.raw.join('\n');
      for (const secret of [
        BOT_TOKEN,
        SIGNING_SECRET,
        'xyzzy',
        'Project Nightingale',
        'Why it stalls teams',
      ]) {
        expect(everything).not.toContain(secret);
      }
    } finally {
      await quiet.stop();
    }
  });
});

function startBotWithSecret(signingSecret: string): Promise<BotHarness> {
  return startBot({ signingSecret });
}

import { webApi } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger.js';
import { webClientOptions } from '../../src/slack/create-app.js';
import { LogCapture } from './harness.js';
import { SlackStandIn } from './stand-in.js';

const TOKEN = 'xoxb-test-0000-secret-bot-token';
let standIn: SlackStandIn | undefined;
afterEach(async () => {
  await standIn?.stop();
});

describe('Web API clients the bot builds itself (reminders, token refresh)', () => {
  it('log through its logger, not the console', async () => {
    standIn = new SlackStandIn({ botToken: TOKEN, anyChannel: true });
    await standIn.start();
    const logs = new LogCapture();
    const client = new webApi.WebClient(
      TOKEN,
      webClientOptions(
        { slackApiUrl: standIn.apiUrl },
        createLogger({ level: 'info', format: 'json' }, logs),
        'background',
      ),
    );
    standIn.fail('chat.postMessage', { status: 429, retryAfter: 1 });
    await client.chat.postMessage({ channel: 'C0GENERAL', text: 'hello' });
    expect(logs.lines).toContainEqual(
      expect.objectContaining({ component: 'bolt', msg: expect.stringContaining('rate limiting') }),
    );
    expect(JSON.stringify(logs.lines)).not.toContain(TOKEN);
  });

  it('give up on a call Slack does not answer; clients answering requests wait, as Bolt does', async () => {
    standIn = new SlackStandIn({ botToken: TOKEN, anyChannel: true });
    await standIn.start();
    const logger = createLogger({ level: 'error', format: 'json' }, new LogCapture());
    const client = (use: 'requests' | 'background') =>
      new webApi.WebClient(TOKEN, {
        ...webClientOptions({ slackApiUrl: standIn?.apiUrl }, logger, use, 200),
        retryConfig: { retries: 0 },
      });
    standIn.slow('chat.postMessage', 1_000);
    const gaveUp = await client('background')
      .chat.postMessage({ channel: 'C0GENERAL', text: 'late' })
      .catch((error: unknown) => error);
    expect(gaveUp).toMatchObject({ code: webApi.ErrorCode.RequestError });
    expect((gaveUp as { original?: Error }).original?.name).toBe('TimeoutError');
    const waited = await client('requests').chat.postMessage({ channel: 'C0GENERAL', text: 'late' });
    expect(waited.ok).toBe(true);
  });
});

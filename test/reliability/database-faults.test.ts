import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOT_SAVED_TEXT } from '../../src/slack/blocks/not-saved-message.js';
import { databaseUnavailableText } from '../../src/slack/database-failures.js';

const DATABASE_UNAVAILABLE_TEXT = databaseUnavailableText({});

import { decodeEditValue } from '../../src/slack/questionnaire/edit-value.js';
import { type BotProcess, launchBot, logLines, startedPort } from '../helpers/bot-process.js';
import { freshDatabase, TEST_DATABASE_URL, type TestDatabase } from '../helpers/databases.js';
import { eventually } from '../helpers/eventually.js';
import { thenAskAnAdmin } from '../helpers/support-words.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';
import { buttonIn, SlackDriver } from '../slack/driver.js';
import { formState } from '../slack/form.js';
import { BOT_TOKEN, processBotEnv, SIGNING_SECRET } from '../slack/harness.js';
import { SlackStandIn } from '../slack/stand-in.js';

let standIn: SlackStandIn;
let bot: BotProcess | undefined;
let url: string;
let driver: SlackDriver;
beforeEach(async () => {
  standIn = new SlackStandIn({ botToken: BOT_TOKEN });
  await standIn.start();
  standIn.addChannel('C0GENERAL', 'public');
});
afterEach(async () => {
  bot?.child.kill('SIGKILL');
  bot = undefined;
  await standIn.stop();
});

async function launch(databaseUrl: string): Promise<BotProcess> {
  bot = await launchBot(
    processBotEnv(standIn.apiUrl, { DATABASE_URL: databaseUrl, DATABASE_TIMEOUT_SECONDS: '2' }),
  );
  url = `http://127.0.0.1:${await startedPort(bot)}`;
  driver = new SlackDriver(url, SIGNING_SECRET, standIn);
  return bot;
}

async function readiness(): Promise<{ status: number; body: Record<string, string> }> {
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

/** `/aiteam history` answered in its acknowledgement: it read the database. */
async function historyServed(): Promise<void> {
  const history = await driver.command('history');
  expect(history.status).toBe(200);
  expect(history.json?.response_type).toBe('ephemeral');
}

const VALID = formState({ name: 'Checkout', stage: 'pilot', builds: 'both', urgency: 'weeks' });

/** Submits the questionnaire as opened by `/aiteam`. */
async function submitQuestionnaire(): Promise<void> {
  const opened = standIn.callsTo('views.open').length;
  await driver.command('');
  await standIn.waitFor(() => standIn.callsTo('views.open').length === opened + 1);
  const response = await driver.submitView(standIn.lastOpenedView(), VALID);
  expect(response.status).toBe(200);
}

/** The submission was refused truthfully, with a button that reopens the form with the answers kept. */
async function expectNotSavedAndRetryOffered(): Promise<void> {
  await standIn.waitFor(() => standIn.callsTo('chat.postEphemeral').length === 1, 20_000);
  const told = standIn.callsTo('chat.postEphemeral')[0]?.params as Record<string, any>;
  expect(told.text).toBe(thenAskAnAdmin(NOT_SAVED_TEXT));
  expect(told.user).toBe('U0ASKER');
  const everything = JSON.stringify(standIn.calls.map((call) => call.params));
  expect(everything).not.toMatch(/answers are saved/i);
  // No assessment was posted.
  expect(standIn.callsTo('chat.postMessage')).toEqual([]);
  const retry = buttonIn(told.blocks, 'edit_answers');
  expect(decodeEditValue(retry.value)?.profile).toMatchObject({ name: 'Checkout', stage: 'pilot' });
  const opened = standIn.callsTo('views.open').length;
  await driver.clickButton('edit_answers', retry.value);
  await standIn.waitFor(() => standIn.callsTo('views.open').length === opened + 1);
  expect(JSON.stringify(standIn.lastOpenedView().blocks)).toContain('"initial_value":"Checkout"');
}

describe.runIf(TEST_DATABASE_URL)('a bot process on PostgreSQL behind a faulty network', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  beforeEach(async () => {
    database = await freshDatabase('postgres');
    proxy = TcpProxy.forUrl(database.url);
    await proxy.start();
    await launch(proxy.urlThrough(database.url));
  });
  afterEach(async () => {
    bot?.child.kill('SIGKILL');
    await proxy.stop();
    await database.drop();
  });

  it.each(['cut', 'reset'] as const)(
    'survives every connection being %s, logs it as JSON, and serves the next request',
    async (fault) => {
      await historyServed();
      expect(proxy.open).toBeGreaterThan(0);
      proxy[fault]();
      await eventually(
        () =>
          expect(logLines(bot as BotProcess).map((line) => line.msg)).toContain(
            'a PostgreSQL connection was lost; the pool opens a new one when needed',
          ),
        10_000,
      );
      await historyServed();
      expect(bot?.child.exitCode).toBe(null);
      expect(bot?.stderr()).toBe('');
    },
  );

  it('survives pg_terminate_backend on its idle sessions', async () => {
    await historyServed();
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    try {
      // Only this bot's sessions: those that came through the proxy.
      const { rows } = await admin.query(
        'select pg_terminate_backend(pid) as ended from pg_stat_activity where client_port = any($1::int[])',
        [proxy.upstreamPorts()],
      );
      expect(rows.length).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    await eventually(
      () =>
        expect(logLines(bot as BotProcess).map((line) => line.msg)).toContain(
          'a PostgreSQL connection was lost; the pool opens a new one when needed',
        ),
      10_000,
    );
    await historyServed();
    expect(bot?.child.exitCode).toBe(null);
  });

  it('a database that stops answering: readiness fails, the person is told, and it recovers', async () => {
    await historyServed();
    proxy.stall();
    // Read before the acknowledgement: Slack's three seconds pass, then the person is told why.
    void driver.command('history');
    await eventually(
      () =>
        expect(standIn.responseUrlPosts.map((post) => post.body.text)).toContain(DATABASE_UNAVAILABLE_TEXT),
      20_000,
    );
    await eventually(async () => expect((await readiness()).status).toBe(503), 20_000);
    expect((await readiness()).body.reason).toMatch(/^database: /);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(logLines(bot as BotProcess).map((line) => line.msg)).toContain(
      'database unavailable: readiness fails and requests that need it are told to try again',
    );

    proxy.restore();
    proxy.cut();
    await eventually(async () => expect((await readiness()).status).toBe(200), 20_000);
    await historyServed();
    expect(bot?.child.exitCode).toBe(null);
  });

  it('a submission that cannot be stored says so and offers to try again with the answers kept', async () => {
    proxy.refuse();
    proxy.cut();
    await submitQuestionnaire();
    await expectNotSavedAndRetryOffered();
  });
});

describe('a bot process on SQLite whose data folder is deleted', () => {
  it('notices, logs it, fails readiness, and refuses to store answers into the vanished file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'advisor-vanish-'));
    const data = join(folder, 'data');
    await launch(`file:${join(data, 'advisor.db')}`);
    expect((await readiness()).status).toBe(200);

    await rm(data, { recursive: true, force: true });
    await eventually(async () => expect((await readiness()).status).toBe(503), 20_000);
    expect((await readiness()).body.reason).toBe('database: SQLITE_VANISHED');
    expect(
      logLines(bot as BotProcess).find(
        (line) =>
          line.msg ===
          'database unavailable: readiness fails and requests that need it are told to try again',
      ),
    ).toMatchObject({ level: 50, reason: 'SQLITE_VANISHED' });

    await submitQuestionnaire();
    await expectNotSavedAndRetryOffered();
    // Any other request that needs the database is answered too, not left to time out.
    await driver.command('reminders');
    await eventually(() =>
      expect(standIn.responseUrlPosts.map((post) => post.body.text)).toContain(DATABASE_UNAVAILABLE_TEXT),
    );
    expect(bot?.child.exitCode).toBe(null);
  });
});

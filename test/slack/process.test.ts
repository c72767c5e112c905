import { copyFile, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BotProcess, launchBot as launch, logLines, startedPort } from '../helpers/bot-process.js';
import { PROJECT_ROOT, STACK_FRAME } from '../helpers/run-process.js';
import { SlackDriver } from './driver.js';
import { answerPosts, formState } from './form.js';
import { BOT_TOKEN, freePort, OAUTH, processBotEnv, SIGNING_SECRET } from './harness.js';
import { SlackStandIn } from './stand-in.js';

let standIn: SlackStandIn;
let running: BotProcess | undefined;
beforeEach(async () => {
  standIn = new SlackStandIn({ botToken: BOT_TOKEN });
  await standIn.start();
  standIn.addChannel('C0GENERAL', 'public');
});
afterEach(async () => {
  running?.child.kill('SIGKILL');
  running = undefined;
  await standIn.stop();
});

function botEnv(extra: Record<string, string> = {}) {
  return processBotEnv(standIn.apiUrl, extra);
}

describe('npm start (node dist/app.js)', () => {
  it('warns an OAuth (distributed) deployment with no SUPPORT_URL, and not one that has it', async () => {
    const { SLACK_BOT_TOKEN: _token, ...rest } = botEnv();
    const oauthEnv = {
      ...rest,
      SLACK_CLIENT_ID: OAUTH.clientId,
      SLACK_CLIENT_SECRET: OAUTH.clientSecret,
      SLACK_STATE_SECRET: OAUTH.stateSecret,
      ENCRYPTION_KEY: OAUTH.encryptionKey,
    };
    const warning = /^SUPPORT_URL is not set/;
    running = await launch(oauthEnv);
    await startedPort(running);
    expect(logLines(running).filter((line) => warning.test(line.msg))).toHaveLength(1);
    running.child.kill('SIGKILL');

    running = await launch({ ...oauthEnv, SUPPORT_URL: 'https://help.example.com/ai-team-advisor' });
    await startedPort(running);
    expect(logLines(running).filter((line) => warning.test(line.msg))).toEqual([]);
  });

  it('stops with one line per missing or invalid variable, naming it, and no stack trace', async () => {
    running = await launch({ PORT: 'eighty', SLACK_API_URL: 'not a url' });
    expect(await running.exited).toBe(1);
    const lines = running.stderr().trim().split('\n');
    expect(lines[0]).toBe('Configuration error:');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^ {2}SLACK_BOT_TOKEN is required \(or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET to install by OAuth\): the bot token \(xoxb-\.\.\.\)/,
        ),
        expect.stringMatching(/^ {2}SLACK_SIGNING_SECRET is required when SLACK_APP_TOKEN is not set/),
        expect.stringMatching(/^ {2}PORT must be a whole number/),
        expect.stringMatching(/^ {2}SLACK_API_URL must be an http\(s\) URL/),
      ]),
    );
    expect(lines.at(-1)).toBe('See .env.example.');
    expect(running.stderr()).not.toMatch(STACK_FRAME);
  });

  it('stops on an invalid PLAYBOOK_FILE, naming the field and the reason', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ai-team-advisor-playbook-'));
    const file = join(folder, 'playbook.yaml');
    await writeFile(file, 'stages:\n  production:\n    headcount:\n      max: 2\n');
    running = await launch(botEnv({ PLAYBOOK_FILE: file }));
    expect(await running.exited).toBe(1);
    expect(running.stderr().trim()).toBe(
      `PLAYBOOK_FILE: Playbook file ${file} is invalid:\n  stages.production.headcount.max: must be at least min (6)`,
    );
  });

  it('says so when Slack rejects the app token in Socket Mode', async () => {
    running = await launch(botEnv({ SLACK_APP_TOKEN: 'xapp-revoked' }));
    expect(await running.exited).toBe(1);
    expect(running.stderr().trim()).toBe(
      'SLACK_APP_TOKEN was rejected by Slack (invalid_auth). Use an app-level token with connections:write, or leave it empty for HTTP.',
    );
  });

  it('says so when Slack rejects the bot token, and leaves nothing on disk', async () => {
    running = await launch(botEnv({ SLACK_BOT_TOKEN: 'xoxb-revoked' }));
    expect(await running.exited).toBe(1);
    expect(running.stderr().trim()).toBe(
      'SLACK_BOT_TOKEN was rejected by Slack (invalid_auth). Copy the current bot token into .env.',
    );
    // SQLite at ./data/advisor.db by default: neither the folder nor the file may stay behind.
    expect(await readdir(running.cwd)).toEqual([]);
  });

  it('says Slack could not be reached, at which URL, without blaming the token, and leaves nothing on disk', async () => {
    const nobody = `http://127.0.0.1:${await freePort()}/api/`;
    running = await launch(botEnv({ SLACK_API_URL: nobody }));
    expect(await running.exited).toBe(1);
    expect(running.stderr().trim()).toBe(
      `Could not reach Slack at ${nobody} (ECONNREFUSED). Check the network, or SLACK_API_URL if the bot should reach Slack's API at another address.`,
    );
    expect(running.stderr()).not.toMatch(/token was rejected|verify the bot token\)/);
    // One line, and no log lines of failed attempts before it at the default level.
    expect(running.stdout).toEqual([]);
    expect(await readdir(running.cwd)).toEqual([]);
  });

  it('says Slack could not be reached when it accepts the connection but never answers', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/api/`;
    try {
      running = await launch(botEnv({ SLACK_API_URL: url }));
      expect(await running.exited).toBe(1);
      expect(running.stderr().trim()).toBe(
        `Could not reach Slack at ${url} (no answer within 2 s). Check the network, or SLACK_API_URL if the bot should reach Slack's API at another address.`,
      );
      expect(running.stdout).toEqual([]);
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('after cp .env.example .env, names each placeholder and how to get its value for Socket Mode', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ai-team-advisor-first-start-'));
    await copyFile(join(PROJECT_ROOT, '.env.example'), join(folder, '.env'));
    running = await launch({}, folder);
    expect(await running.exited).toBe(1);
    expect(running.stderr().trim().split('\n')).toEqual([
      `.env still holds placeholders from .env.example. To run in Socket Mode, as the README's "Put it in a Slack workspace" steps go:`,
      '  SLACK_BOT_TOKEN still holds the placeholder from .env.example: "Install App" > "Install to Workspace", then copy the "Bot User OAuth Token" (xoxb-...).',
      `  SLACK_APP_TOKEN still holds the placeholder from .env.example: at https://api.slack.com/apps, your app's "Basic Information" > "App-Level Tokens" > "Generate Token and Scopes", with the connections:write scope; copy the xapp-... token.`,
      'Put the values in .env, then start again.',
    ]);
    expect(running.stderr()).not.toMatch(/SIGNING_SECRET|HTTP mode/);
    expect(await readdir(folder)).toEqual(['.env']);
  });

  it('keeps a database that was there before a failed start', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ai-team-advisor-run-'));
    running = await launch(botEnv(), folder);
    await startedPort(running);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    const before = await readdir(join(folder, 'data'));
    expect(before).toContain('advisor.db');

    running = await launch(botEnv({ SLACK_BOT_TOKEN: 'xoxb-revoked' }), folder);
    expect(await running.exited).toBe(1);
    expect(await readdir(join(folder, 'data'))).toEqual(expect.arrayContaining(['advisor.db']));
  });

  it('serves /healthz and signed requests, then stops cleanly on SIGTERM', async () => {
    running = await launch(botEnv());
    const port = await startedPort(running);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const driver = new SlackDriver(`http://127.0.0.1:${port}`, SIGNING_SECRET, standIn);
    expect((await driver.command('help')).json?.response_type).toBe('ephemeral');

    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(logLines(running).map((line) => line.msg)).toContain('stopped');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it('finishes posting an answer already in flight before exiting on SIGTERM', async () => {
    running = await launch(botEnv());
    const port = await startedPort(running);
    const driver = new SlackDriver(`http://127.0.0.1:${port}`, SIGNING_SECRET, standIn);
    await driver.command('');
    await standIn.waitFor(() => standIn.callsTo('views.open').length === 1);
    standIn.slow('chat.postMessage', 150);
    const view = standIn.callsTo('views.open')[0]?.params.view as Record<string, any>;
    await driver.submitView(view, formState({ stage: 'pilot', builds: 'both', urgency: 'weeks' }));
    await standIn.waitFor(() => standIn.callsTo('chat.postMessage').length === 1);

    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    // The parent and every reply the bot's builder makes for these answers, all posted.
    expect(standIn.callsTo('chat.postMessage').map((call) => call.result.ok)).toEqual(
      Array.from({ length: answerPosts({ stage: 'pilot', builds: 'both', urgency: 'weeks' }) }, () => true),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/env.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('the configuration was accepted');
}

const HTTP = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' };

describe('configuration', () => {
  it('serves HTTP on 3000 by default, with JSON logs at info', () => {
    expect(loadConfig(HTTP)).toEqual({
      botToken: 'xoxb-1',
      oauth: undefined,
      signingSecret: 'secret',
      appToken: undefined,
      port: 3000,
      slackApiUrl: undefined,
      logLevel: 'info',
      logFormat: 'json',
      playbookFile: undefined,
      databaseUrl: undefined,
      reminderPollSeconds: 15,
      reminderLeaseSeconds: 120,
      reminderTokenRetryMinutes: 60,
      databaseTimeoutSeconds: 10,
      shutdownGraceSeconds: 20,
      reminderDuplicateCheck: 'none',
      supportUrl: undefined,
      privacyUrl: undefined,
    });
  });

  it('uses Socket Mode when an app token is set, and needs no signing secret then', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toMatchObject({
      appToken: 'xapp-1',
    });
  });

  it('treats variables left empty, as in .env.example, as unset', () => {
    const config = loadConfig({
      ...HTTP,
      SLACK_APP_TOKEN: '',
      PORT: '',
      LOG_LEVEL: ' ',
      LOG_FORMAT: '',
      SLACK_API_URL: '',
    });
    expect(config).toMatchObject({
      appToken: undefined,
      port: 3000,
      logLevel: 'info',
      slackApiUrl: undefined,
    });
  });

  it('adds the trailing slash Slack API base URLs need, and reads pretty logs in development', () => {
    const config = loadConfig({
      ...HTTP,
      SLACK_API_URL: 'http://127.0.0.1:9000/api',
      NODE_ENV: 'development',
    });
    expect(config).toMatchObject({ slackApiUrl: 'http://127.0.0.1:9000/api/', logFormat: 'pretty' });
  });

  it('names every problem at once, one line per variable', () => {
    expect(
      problems({
        SLACK_BOT_TOKEN: 'xoxp-user-token',
        SLACK_APP_TOKEN: 'oops',
        PORT: '70000',
        LOG_LEVEL: 'loud',
      }),
    ).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN must start with xoxb-: /),
      expect.stringMatching(/^SLACK_APP_TOKEN must start with xapp-: /),
      expect.stringMatching(/^PORT must be at most 65535: /),
      expect.stringMatching(/^LOG_LEVEL must be one of: trace, debug, info, warn, error, fatal, silent: /),
    ]);
  });

  it('REMINDER_TOKEN_RETRY_MINUTES: how long a rejected token is retried, 1 to 1440 minutes', () => {
    expect(loadConfig({ ...HTTP, REMINDER_TOKEN_RETRY_MINUTES: '90' }).reminderTokenRetryMinutes).toBe(90);
    expect(problems({ ...HTTP, REMINDER_TOKEN_RETRY_MINUTES: '0' })).toEqual([
      expect.stringMatching(
        /^REMINDER_TOKEN_RETRY_MINUTES must be at least 1: how long reminders keep retrying/,
      ),
    ]);
    expect(problems({ ...HTTP, REMINDER_TOKEN_RETRY_MINUTES: '1441' })).toEqual([
      expect.stringMatching(/^REMINDER_TOKEN_RETRY_MINUTES must be at most 1440: /),
    ]);
  });

  it('describes the reminder timings, with their range, when they are wrong', () => {
    expect(problems({ ...HTTP, REMINDER_POLL_SECONDS: '0', REMINDER_LEASE_SECONDS: 'soon' })).toEqual([
      'REMINDER_POLL_SECONDS must be at least 1: how often each instance looks for due reminders, in seconds: a whole number from 1 to 3600 (default 15).',
      'REMINDER_LEASE_SECONDS must be a whole number: how long an instance holds a reminder it is delivering before another may take it over, in seconds: a whole number from 30 to 3600 (default 120).',
    ]);
  });

  it('installs by OAuth when given client credentials, and then needs a state secret and an encryption key', () => {
    const oauth = { SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'secret', SLACK_SIGNING_SECRET: 's' };
    expect(problems(oauth)).toEqual([
      expect.stringMatching(/^SLACK_STATE_SECRET is required to install by OAuth: /),
      expect.stringMatching(/^ENCRYPTION_KEY is required to install by OAuth: .*openssl rand -hex 32/),
    ]);
    expect(problems({ ...oauth, SLACK_STATE_SECRET: 'x', ENCRYPTION_KEY: 'abc' })).toEqual([
      expect.stringMatching(/^ENCRYPTION_KEY must be 64 hex characters \(32 bytes\): /),
    ]);
    const config = loadConfig({ ...oauth, SLACK_STATE_SECRET: 'x', ENCRYPTION_KEY: 'ab'.repeat(32) });
    expect(config).toMatchObject({
      botToken: undefined,
      oauth: { clientId: '1.2', encryptionKey: 'ab'.repeat(32) },
    });
    expect(
      problems({
        ...oauth,
        SLACK_STATE_SECRET: 'x',
        ENCRYPTION_KEY: 'ab'.repeat(32),
        SLACK_APP_TOKEN: 'xapp-1',
      }),
    ).toEqual([expect.stringMatching(/^SLACK_APP_TOKEN must be empty when installing by OAuth/)]);
    const both = {
      ...oauth,
      SLACK_STATE_SECRET: 'x',
      ENCRYPTION_KEY: 'ab'.repeat(32),
      SLACK_BOT_TOKEN: 'xoxb-1',
    };
    expect(problems(both)).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN must be empty when installing by OAuth/),
    ]);
  });

  it('reads the database timeout and the shutdown grace, within their ranges', () => {
    expect(
      loadConfig({ ...HTTP, DATABASE_TIMEOUT_SECONDS: '3', SHUTDOWN_GRACE_SECONDS: '45' }),
    ).toMatchObject({
      databaseTimeoutSeconds: 3,
      shutdownGraceSeconds: 45,
    });
    expect(problems({ ...HTTP, DATABASE_TIMEOUT_SECONDS: '0', SHUTDOWN_GRACE_SECONDS: '601' })).toEqual([
      expect.stringMatching(/^DATABASE_TIMEOUT_SECONDS must be at least 1: how long a database connection/),
      expect.stringMatching(/^SHUTDOWN_GRACE_SECONDS must be at most 600: how long a stopping bot waits/),
    ]);
    expect(problems({ ...HTTP, SHUTDOWN_GRACE_SECONDS: 'soon' })).toEqual([
      expect.stringMatching(/^SHUTDOWN_GRACE_SECONDS must be a whole number/),
    ]);
  });

  it('needs a signing secret over HTTP', () => {
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual([
      'SLACK_SIGNING_SECRET is required when SLACK_APP_TOKEN is not set (HTTP mode): the signing secret from the app\'s "Basic Information" page; required over HTTP.',
    ]);
  });

  it("names .env.example's placeholders, and the app token Socket Mode needs, instead of HTTP's secret", () => {
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-your-bot-token' })).toEqual([
      expect.stringMatching(
        /^SLACK_BOT_TOKEN still holds the placeholder from \.env\.example: "Install App"/,
      ),
      expect.stringMatching(
        /^SLACK_APP_TOKEN is needed for Socket Mode: .*"App-Level Tokens".*Set SLACK_SIGNING_SECRET\.\)$/,
      ),
    ]);
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-your-app-token' })).toEqual([
      expect.stringMatching(/^SLACK_APP_TOKEN still holds the placeholder from \.env\.example: /),
    ]);
    // Real values that merely contain the word pass.
    expect(
      loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-yourself', SLACK_APP_TOKEN: 'xapp-1-A0your' }).appToken,
    ).toBe('xapp-1-A0your');
  });
});

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

  // Each whole-number setting at both ends of its range, and one past each: a range moved by one either way,
  // or a minimum dropped, fails here. A lease under 30 s lets a slow post outlive its lease and a reminder
  // go out twice.
  it.each<[string, keyof ReturnType<typeof loadConfig>, number, number]>([
    ['PORT', 'port', 0, 65_535],
    ['REMINDER_POLL_SECONDS', 'reminderPollSeconds', 1, 3600],
    ['REMINDER_LEASE_SECONDS', 'reminderLeaseSeconds', 30, 3600],
    ['REMINDER_TOKEN_RETRY_MINUTES', 'reminderTokenRetryMinutes', 1, 1440],
    ['DATABASE_TIMEOUT_SECONDS', 'databaseTimeoutSeconds', 1, 300],
    ['SHUTDOWN_GRACE_SECONDS', 'shutdownGraceSeconds', 1, 600],
  ])('%s takes %s from its minimum to its maximum, and nothing past either', (name, key, min, max) => {
    expect(loadConfig({ ...HTTP, [name]: String(min) })[key]).toBe(min);
    expect(loadConfig({ ...HTTP, [name]: String(max) })[key]).toBe(max);
    expect(problems({ ...HTTP, [name]: String(max + 1) })).toEqual([
      expect.stringMatching(new RegExp(`^${name} must be at most ${max}: `)),
    ]);
    if (min > 0) {
      expect(problems({ ...HTTP, [name]: String(min - 1) })).toEqual([
        expect.stringMatching(new RegExp(`^${name} must be at least ${min}: `)),
      ]);
    }
  });

  it('REMINDER_LEASE_SECONDS: 29 is refused, naming the range', () => {
    expect(problems({ ...HTTP, REMINDER_LEASE_SECONDS: '29' })).toEqual([
      'REMINDER_LEASE_SECONDS must be at least 30: how long an instance holds a reminder it is delivering before another may take it over, in seconds: a whole number from 30 to 3600 (default 120).',
    ]);
  });

  it('takes a DATABASE_URL of file:PATH or postgres://, and refuses an empty path or another scheme', () => {
    expect(loadConfig({ ...HTTP, DATABASE_URL: 'file:/var/lib/advisor.db' }).databaseUrl).toBe(
      'file:/var/lib/advisor.db',
    );
    expect(loadConfig({ ...HTTP, DATABASE_URL: 'postgres://bot@db/advisor' }).databaseUrl).toBe(
      'postgres://bot@db/advisor',
    );
    expect(loadConfig({ ...HTTP, DATABASE_URL: 'postgresql://bot@db/advisor' }).databaseUrl).toBe(
      'postgresql://bot@db/advisor',
    );
    for (const url of ['file:', ' file: ', 'postgres://', 'mysql://bot@db/advisor', 'advisor.db']) {
      expect(problems({ ...HTTP, DATABASE_URL: url }), url).toEqual([
        'DATABASE_URL must be file: and a path, or postgres://: unset for SQLite at ./data/advisor.db, file:PATH for SQLite elsewhere, or postgres://user@host/db.',
      ]);
    }
  });

  it('reads values as typed around spaces', () => {
    expect(
      loadConfig({
        SLACK_BOT_TOKEN: ' xoxb-2 ',
        SLACK_SIGNING_SECRET: ' signing ',
        PORT: ' 8080 ',
        REMINDER_POLL_SECONDS: ' 20 ',
        REMINDER_LEASE_SECONDS: ' 90 ',
        REMINDER_TOKEN_RETRY_MINUTES: ' 30 ',
        DATABASE_TIMEOUT_SECONDS: ' 5 ',
        SHUTDOWN_GRACE_SECONDS: ' 25 ',
        DATABASE_URL: ' file:/data/a.db ',
        PLAYBOOK_FILE: ' playbook.yaml ',
      }),
    ).toMatchObject({
      botToken: 'xoxb-2',
      signingSecret: 'signing',
      port: 8080,
      reminderPollSeconds: 20,
      reminderLeaseSeconds: 90,
      reminderTokenRetryMinutes: 30,
      databaseTimeoutSeconds: 5,
      shutdownGraceSeconds: 25,
      databaseUrl: 'file:/data/a.db',
      playbookFile: 'playbook.yaml',
    });
    expect(loadConfig({ ...HTTP, SLACK_APP_TOKEN: ' xapp-2 ' }).appToken).toBe('xapp-2');
    const key = 'ab'.repeat(32);
    expect(
      loadConfig({
        SLACK_CLIENT_ID: ' 1.2 ',
        SLACK_CLIENT_SECRET: ' client ',
        SLACK_STATE_SECRET: ' state ',
        ENCRYPTION_KEY: ` ${key} `,
        SLACK_SIGNING_SECRET: 's',
      }).oauth,
    ).toEqual({ clientId: '1.2', clientSecret: 'client', stateSecret: 'state', encryptionKey: key });
  });

  it.each([
    'PORT',
    'REMINDER_POLL_SECONDS',
    'REMINDER_LEASE_SECONDS',
    'REMINDER_TOKEN_RETRY_MINUTES',
    'DATABASE_TIMEOUT_SECONDS',
    'SHUTDOWN_GRACE_SECONDS',
  ])('%s refuses a number with anything before or after it', (name) => {
    for (const value of ['60s', 'x60', '6.5']) {
      expect(problems({ ...HTTP, [name]: value }), value).toEqual([
        expect.stringMatching(new RegExp(`^${name} must be a whole number: `)),
      ]);
    }
  });

  it('checks prefixes and formats from the first character to the last', () => {
    const key = 'ab'.repeat(32);
    const oauth = {
      SLACK_CLIENT_ID: '1',
      SLACK_CLIENT_SECRET: 'c',
      SLACK_STATE_SECRET: 's',
      SLACK_SIGNING_SECRET: 's',
    };
    expect(problems({ ...HTTP, SLACK_BOT_TOKEN: 'my-xoxb-1' })).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN must start with xoxb-: /),
    ]);
    expect(problems({ ...HTTP, SLACK_APP_TOKEN: 'my-xapp-1' })).toEqual([
      expect.stringMatching(/^SLACK_APP_TOKEN must start with xapp-: /),
    ]);
    for (const wrong of [`${key}a`, `a${key}`]) {
      expect(problems({ ...oauth, ENCRYPTION_KEY: wrong })).toEqual([
        expect.stringMatching(/^ENCRYPTION_KEY must be 64 hex characters \(32 bytes\): /),
      ]);
    }
    for (const url of ['ftp://slack.test/api', 'xhttps://slack.test/api', 'httpx://slack.test/api']) {
      expect(problems({ ...HTTP, SLACK_API_URL: url }), url).toEqual([
        'SLACK_API_URL must be an http(s) URL: the base URL of the Slack Web API, e.g. https://slack.com/api/.',
      ]);
    }
    expect(loadConfig({ ...HTTP, SLACK_API_URL: 'https://slack.test/api/' }).slackApiUrl).toBe(
      'https://slack.test/api/',
    );
    expect(problems({ ...HTTP, DATABASE_URL: 'my-file:/data/a.db' })).toEqual([
      expect.stringMatching(/^DATABASE_URL must be file: and a path, or postgres:\/\/: /),
    ]);
  });

  it('takes each log level and format by name, and says which there are', () => {
    expect(loadConfig({ ...HTTP, LOG_LEVEL: 'debug', LOG_FORMAT: 'pretty' })).toMatchObject({
      logLevel: 'debug',
      logFormat: 'pretty',
    });
    expect(loadConfig({ ...HTTP, LOG_FORMAT: 'json', NODE_ENV: 'development' }).logFormat).toBe('json');
    expect(problems({ ...HTTP, LOG_FORMAT: 'xml', LOG_LEVEL: 'loud' })).toEqual([
      'LOG_LEVEL must be one of: trace, debug, info, warn, error, fatal, silent: one of trace, debug, info, warn, error, fatal, silent.',
      'LOG_FORMAT must be one of: json, pretty: json or pretty.',
    ]);
  });

  it('lists problems in the order of the variables, however they were found, each with what it should be', () => {
    expect(problems({ SLACK_BOT_TOKEN: 'bad', PORT: 'x' })).toEqual([
      'SLACK_BOT_TOKEN must start with xoxb-: the bot token (xoxb-...) from the app\'s "OAuth & Permissions" page.',
      'SLACK_SIGNING_SECRET is required when SLACK_APP_TOKEN is not set (HTTP mode): the signing secret from the app\'s "Basic Information" page; required over HTTP.',
      'PORT must be a whole number: the HTTP port, a whole number from 0 to 65535.',
    ]);
    expect(problems({ SLACK_CLIENT_ID: '1', SLACK_APP_TOKEN: 'xapp-1' })).toEqual([
      'SLACK_CLIENT_SECRET is required to install by OAuth: the client secret from "Basic Information", to install by OAuth.',
      'SLACK_STATE_SECRET is required to install by OAuth: any long random string, to sign the OAuth state.',
      'ENCRYPTION_KEY is required to install by OAuth: the key that encrypts stored tokens: 32 random bytes as 64 hex characters (openssl rand -hex 32).',
      'SLACK_APP_TOKEN must be empty when installing by OAuth (HTTP mode): an app-level token (xapp-...) with connections:write, for Socket Mode.',
    ]);
    expect(problems({ SLACK_CLIENT_SECRET: 'c', SLACK_SIGNING_SECRET: 's' })[0]).toBe(
      'SLACK_CLIENT_ID is required to install by OAuth: the client ID from "Basic Information", to install by OAuth in many workspaces.',
    );
  });

  it('throws one ConfigError whose message is its problems, a line each', () => {
    let thrown: unknown;
    try {
      loadConfig({ PORT: 'x' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).name).toBe('ConfigError');
    expect((thrown as ConfigError).message).toBe((thrown as ConfigError).problems.join('\n'));
    expect((thrown as ConfigError).problems).toHaveLength(3);
  });

  it('needs a bot token, or the OAuth client credentials, and says so', () => {
    expect(problems({ SLACK_SIGNING_SECRET: 's' })).toEqual([
      'SLACK_BOT_TOKEN is required (or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET to install by OAuth): the bot token (xoxb-...) from the app\'s "OAuth & Permissions" page.',
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
    // Another program's variable in the same environment is not this app's to judge.
    expect(loadConfig({ ...HTTP, DEPLOY_BRANCH: 'fix-your-config' }).botToken).toBe('xoxb-1');
    // Real values that merely contain the word pass.
    expect(
      loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-yourself', SLACK_APP_TOKEN: 'xapp-1-A0your' }).appToken,
    ).toBe('xapp-1-A0your');
  });
  it('SUPPORT_URL: takes an https page or a mailto: link as given, and makes an email address a mailto: link', () => {
    expect(loadConfig({ ...HTTP, SUPPORT_URL: 'https://help.example.com/ai-team' }).supportUrl).toBe(
      'https://help.example.com/ai-team',
    );
    expect(loadConfig({ ...HTTP, SUPPORT_URL: 'mailto:ai-help@example.com' }).supportUrl).toBe(
      'mailto:ai-help@example.com',
    );
    expect(loadConfig({ ...HTTP, SUPPORT_URL: ' ai-help@example.com ' }).supportUrl).toBe(
      'mailto:ai-help@example.com',
    );
    expect(loadConfig({ ...HTTP, SUPPORT_URL: 'A@Example.IO' }).supportUrl).toBe('mailto:A@Example.IO');
    expect(loadConfig(HTTP).supportUrl).toBeUndefined();
  });

  it('SUPPORT_URL: refuses anything else, whole value checked, with what it should be', () => {
    for (const value of [
      'http://help.example.com',
      'see https://help.example.com',
      'https://help.example.com <b>',
      'https://help.example.com|click',
      'https://',
      'mailto:ai-help',
      'mailto:@example.com',
      'mailto:ai-help@',
      'help:ai-help@example.com',
      'ai-help@example.com/path',
      'ai-help@example.c',
      'ask the AI team',
    ]) {
      expect(problems({ ...HTTP, SUPPORT_URL: value }), value).toEqual([
        'SUPPORT_URL must be an https:// URL, a mailto: link or an email address: where people get help and send feedback, named in help, App Home and error messages: an https:// page, a mailto: link or an email address.',
      ]);
    }
  });

  it('PRIVACY_URL: takes an https page, and refuses anything else, whole value checked', () => {
    expect(loadConfig({ ...HTTP, PRIVACY_URL: 'https://example.com/privacy' }).privacyUrl).toBe(
      'https://example.com/privacy',
    );
    expect(loadConfig(HTTP).privacyUrl).toBeUndefined();
    for (const value of [
      'http://example.com/privacy',
      'see https://example.com/privacy',
      'https://example.com/privacy <b>',
      'https://',
      'privacy@example.com',
    ]) {
      expect(problems({ ...HTTP, PRIVACY_URL: value }), value).toEqual([
        'PRIVACY_URL must be an https:// URL: the privacy policy people are pointed to from help and App Home: an https:// URL.',
      ]);
    }
  });

  it('REMINDER_DUPLICATE_CHECK=history is refused when installing by OAuth, naming the variable', () => {
    const oauth = {
      SLACK_CLIENT_ID: '1.2',
      SLACK_CLIENT_SECRET: 'secret',
      SLACK_SIGNING_SECRET: 's',
      SLACK_STATE_SECRET: 'x',
      ENCRYPTION_KEY: 'ab'.repeat(32),
    };
    expect(problems({ ...oauth, REMINDER_DUPLICATE_CHECK: 'history' })).toEqual([
      expect.stringMatching(
        /^REMINDER_DUPLICATE_CHECK cannot be history when installing by OAuth \(a distributed install never reads channel messages\)/,
      ),
    ]);
    expect(loadConfig({ ...oauth, REMINDER_DUPLICATE_CHECK: 'none' }).reminderDuplicateCheck).toBe('none');
  });

  it('REMINDER_DUPLICATE_CHECK: none by default, or history, and nothing else', () => {
    expect(loadConfig(HTTP).reminderDuplicateCheck).toBe('none');
    expect(loadConfig({ ...HTTP, REMINDER_DUPLICATE_CHECK: 'history' }).reminderDuplicateCheck).toBe(
      'history',
    );
    expect(loadConfig({ ...HTTP, REMINDER_DUPLICATE_CHECK: 'none' }).reminderDuplicateCheck).toBe('none');
    expect(problems({ ...HTTP, REMINDER_DUPLICATE_CHECK: 'always' })).toEqual([
      expect.stringMatching(
        /^REMINDER_DUPLICATE_CHECK must be one of: none, history: none \(the default\) or history/,
      ),
    ]);
  });

  it('names placeholders in the order of the variables, a placeholder at the very start too, as a placeholders error', () => {
    let thrown: unknown;
    try {
      loadConfig({
        SLACK_SIGNING_SECRET: 'your-signing-secret',
        SLACK_APP_TOKEN: 'xapp-your-app-token',
        SLACK_BOT_TOKEN: 'xoxb-your-bot-token',
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).kind).toBe('placeholders');
    expect((thrown as ConfigError).problems).toEqual([
      expect.stringMatching(
        /^SLACK_BOT_TOKEN still holds the placeholder from \.env\.example: "Install App"/,
      ),
      'SLACK_SIGNING_SECRET still holds the placeholder from .env.example: the signing secret from the app\'s "Basic Information" page; required over HTTP.',
      expect.stringMatching(
        /^SLACK_APP_TOKEN still holds the placeholder from \.env\.example: at https:\/\/api\.slack\.com\/apps/,
      ),
    ]);
    let invalid: unknown;
    try {
      loadConfig({ PORT: 'x' });
    } catch (error) {
      invalid = error;
    }
    expect((invalid as ConfigError).kind).toBe('invalid');
  });
});

import { z } from 'zod';
import { toFieldErrors } from '../advisor/index.js';

/** A configuration problem: one line per variable, no stack trace. */
export class ConfigError extends Error {
  constructor(
    readonly problems: string[],
    /** `placeholders`: the values are still .env.example's, so the fix is to follow the set-up steps. */
    readonly kind: 'invalid' | 'placeholders' = 'invalid',
  ) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

const optionalText = z.string().trim().optional();

/** A whole number of seconds within the variable's range. */
function seconds(min: number, max: number) {
  return z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

/** What each variable is, for the error message that names it. */
const DESCRIPTIONS: Record<string, string> = {
  SLACK_BOT_TOKEN: 'the bot token (xoxb-...) from the app\'s "OAuth & Permissions" page',
  SLACK_CLIENT_ID: 'the client ID from "Basic Information", to install by OAuth in many workspaces',
  SLACK_CLIENT_SECRET: 'the client secret from "Basic Information", to install by OAuth',
  SLACK_STATE_SECRET: 'any long random string, to sign the OAuth state',
  ENCRYPTION_KEY:
    'the key that encrypts stored tokens: 32 random bytes as 64 hex characters (openssl rand -hex 32)',
  SLACK_SIGNING_SECRET: 'the signing secret from the app\'s "Basic Information" page; required over HTTP',
  SLACK_APP_TOKEN: 'an app-level token (xapp-...) with connections:write, for Socket Mode',
  PORT: 'the HTTP port, a whole number from 0 to 65535',
  SLACK_API_URL: 'the base URL of the Slack Web API, e.g. https://slack.com/api/',
  LOG_LEVEL: `one of ${LOG_LEVELS.join(', ')}`,
  LOG_FORMAT: 'json or pretty',
  PLAYBOOK_FILE: 'a path to a JSON or YAML playbook file',
  REMINDER_TOKEN_RETRY_MINUTES:
    'how long reminders keep retrying a bot token Slack rejects (invalid_auth) before pausing, a whole number of minutes from 1 to 1440',
  DATABASE_URL:
    'unset for SQLite at ./data/advisor.db, file:PATH for SQLite elsewhere, or postgres://user@host/db',
  REMINDER_POLL_SECONDS:
    'how often each instance looks for due reminders, in seconds: a whole number from 1 to 3600 (default 15)',
  REMINDER_LEASE_SECONDS:
    'how long an instance holds a reminder it is delivering before another may take it over, in seconds: a whole number from 30 to 3600 (default 120)',
  DATABASE_TIMEOUT_SECONDS:
    'how long a database connection or statement may take before it counts as failed, 1 to 300 (default 10)',
  SHUTDOWN_GRACE_SECONDS:
    'how long a stopping bot waits for answers and reminders in flight before it exits, 1 to 600 (default 20)',
  SUPPORT_URL:
    'where people get help and send feedback, named in help, App Home and error messages: an https:// page, a mailto: link or an email address',
  REMINDER_DUPLICATE_CHECK:
    'none (the default) or history: read the channel for a reminder post that may have gone out before posting it again; history needs the channels:history and groups:history scopes added to the app, and only a single-workspace bot may use it (not with OAuth)',
  PRIVACY_URL: 'the privacy policy people are pointed to from help and App Home: an https:// URL',
};

/** An email address is turned into a mailto: link; anything else must be an https URL or a mailto: link. */
const supportUrl = z
  .string()
  .trim()
  .transform((value) => (/^[^@\s:/]+@[^@\s/]+\.[a-z]{2,}$/i.test(value) ? `mailto:${value}` : value))
  .pipe(
    z
      .string()
      .regex(
        /^(https:\/\/[^\s|<>]+|mailto:[^\s|<>]+@[^\s|<>]+)$/,
        'must be an https:// URL, a mailto: link or an email address',
      ),
  );

const envSchema = z.object({
  SLACK_BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^xoxb-/, 'must start with xoxb-')
    .optional(),
  SLACK_CLIENT_ID: optionalText,
  SLACK_CLIENT_SECRET: optionalText,
  SLACK_STATE_SECRET: optionalText,
  ENCRYPTION_KEY: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (32 bytes)')
    .optional(),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: z
    .string()
    .trim()
    .regex(/^xapp-/, 'must start with xapp-')
    .optional(),
  PORT: z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().max(65_535, 'must be at most 65535'))
    .default(3000),
  SLACK_API_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .transform((url) => (url.endsWith('/') ? url : `${url}/`))
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  NODE_ENV: optionalText,
  PLAYBOOK_FILE: optionalText,
  REMINDER_POLL_SECONDS: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(1, 'must be at least 1').max(3600, 'must be at most 3600'))
    .default(15),
  REMINDER_LEASE_SECONDS: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(30, 'must be at least 30').max(3600, 'must be at most 3600'))
    .default(120),
  REMINDER_TOKEN_RETRY_MINUTES: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(1, 'must be at least 1').max(1440, 'must be at most 1440'))
    .default(60),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^(file:.+|postgres(ql)?:\/\/.+)$/, 'must be file: and a path, or postgres://')
    .optional(),
  DATABASE_TIMEOUT_SECONDS: seconds(1, 300).default(10),
  SHUTDOWN_GRACE_SECONDS: seconds(1, 600).default(20),
  REMINDER_DUPLICATE_CHECK: z.enum(['none', 'history']).default('none'),
  SUPPORT_URL: supportUrl.optional(),
  PRIVACY_URL: z
    .string()
    .trim()
    .regex(/^https:\/\/[^\s|<>]+$/, 'must be an https:// URL')
    .optional(),
});

export interface OAuthConfig {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  encryptionKey: string;
}

export interface Config {
  /** Single-workspace mode; undefined when installing by OAuth. */
  botToken: string | undefined;
  /** Set: installed by OAuth into many workspaces (HTTP mode), tokens kept encrypted in the database. */
  oauth: OAuthConfig | undefined;
  signingSecret: string | undefined;
  /** Set: Socket Mode. Unset: HTTP on `port`. */
  appToken: string | undefined;
  port: number;
  slackApiUrl: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  logFormat: 'json' | 'pretty';
  playbookFile: string | undefined;
  /** Unset: SQLite at ./data/advisor.db. */
  databaseUrl: string | undefined;
  reminderPollSeconds: number;
  reminderLeaseSeconds: number;
  /** How long a rejected bot token is retried before reminders pause. */
  reminderTokenRetryMinutes: number;
  /** PostgreSQL: connect, statement and idle-in-transaction timeouts. */
  databaseTimeoutSeconds: number;
  /** How long shutdown waits for work in flight. */
  shutdownGraceSeconds: number;
  /** Whether a reminder post that may have gone out is looked for in the channel before posting it again. */
  reminderDuplicateCheck: 'none' | 'history';
  /** Where people get help and send feedback (https: or mailto:); unset: they are pointed to their admins. */
  supportUrl: string | undefined;
  /** The operator's privacy policy; unset: help names `/aiteam forget` and the export instead of a link. */
  privacyUrl: string | undefined;
}

/**
 * What `.env.example` holds where a value of one's own belongs ("xoxb-your-bot-token"): a first start straight
 * after `cp .env.example .env` must say which variables still hold one, not try them on Slack.
 */
const PLACEHOLDER = /(^|[-_])your[-_]/i;

/** Where each Socket Mode value comes from, in the order of the README's steps. */
const SOCKET_MODE_STEPS: Record<string, string> = {
  SLACK_APP_TOKEN:
    'at https://api.slack.com/apps, your app\'s "Basic Information" > "App-Level Tokens" > "Generate Token and Scopes", with the connections:write scope; copy the xapp-... token',
  SLACK_BOT_TOKEN: '"Install App" > "Install to Workspace", then copy the "Bot User OAuth Token" (xoxb-...)',
};

/**
 * Variables still holding `.env.example`'s placeholders, each with how to get the real value for Socket Mode
 * (the README's way to start). A bot token placeholder with neither an app token nor a signing secret is a
 * first start on the README's path too: the app token it needs is named with it, rather than HTTP's secret.
 */
function placeholderProblems(given: Record<string, string | undefined>): string[] {
  // Only this app's variables: the environment holds others (a CI branch named fix-your-config) it must not judge.
  const held = Object.keys(given)
    .filter((name) => name in DESCRIPTIONS && PLACEHOLDER.test(given[name] ?? ''))
    .sort((a, b) => Object.keys(DESCRIPTIONS).indexOf(a) - Object.keys(DESCRIPTIONS).indexOf(b));
  if (held.length === 0) return [];
  const lines = held.map(
    (name) =>
      `${name} still holds the placeholder from .env.example: ${SOCKET_MODE_STEPS[name] ?? DESCRIPTIONS[name]}.`,
  );
  if (!given.SLACK_APP_TOKEN && !given.SLACK_SIGNING_SECRET && !given.SLACK_CLIENT_ID) {
    lines.push(
      `SLACK_APP_TOKEN is needed for Socket Mode: ${SOCKET_MODE_STEPS.SLACK_APP_TOKEN}. (Serving HTTP instead? Set SLACK_SIGNING_SECRET.)`,
    );
  }
  return lines;
}

/** Reads and checks the environment; every problem is reported at once, each naming its variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // A variable left empty in .env (as .env.example has them) means "not set".
  const given = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const placeholders = placeholderProblems(given);
  if (placeholders.length > 0) throw new ConfigError(placeholders, 'placeholders');
  const result = envSchema.safeParse(given, { reportInput: true });
  const problems = result.success ? [] : toFieldErrors(result.error);
  // Checked apart from the schema so they are reported together with every other problem.
  const oauth = Boolean(given.SLACK_CLIENT_ID || given.SLACK_CLIENT_SECRET);
  if (oauth) {
    for (const name of ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'ENCRYPTION_KEY']) {
      if (!given[name]) problems.push({ path: name, message: 'is required to install by OAuth' });
    }
    if (given.SLACK_APP_TOKEN) {
      problems.push({
        path: 'SLACK_APP_TOKEN',
        message: 'must be empty when installing by OAuth (HTTP mode)',
      });
    }
    if (given.SLACK_BOT_TOKEN) {
      problems.push({
        path: 'SLACK_BOT_TOKEN',
        message: 'must be empty when installing by OAuth (each workspace has its own)',
      });
    }
    // The distributed app promises (PRIVACY.md, docs/data.md, the listing) never to read channel messages:
    // its install must not ask for the history scopes this check needs.
    if (given.REMINDER_DUPLICATE_CHECK?.trim() === 'history') {
      problems.push({
        path: 'REMINDER_DUPLICATE_CHECK',
        message:
          'cannot be history when installing by OAuth (a distributed install never reads channel messages); leave it empty or set none',
      });
    }
  } else if (!given.SLACK_BOT_TOKEN) {
    problems.push({
      path: 'SLACK_BOT_TOKEN',
      message: 'is required (or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET to install by OAuth)',
    });
  }
  if (!given.SLACK_APP_TOKEN && !given.SLACK_SIGNING_SECRET) {
    problems.push({
      path: 'SLACK_SIGNING_SECRET',
      message: 'is required when SLACK_APP_TOKEN is not set (HTTP mode)',
    });
  }
  if (!result.success || problems.length > 0) {
    const order = Object.keys(DESCRIPTIONS);
    problems.sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
    throw new ConfigError(
      problems.map(({ path, message }) => `${path} ${message}: ${DESCRIPTIONS[path] ?? 'see .env.example'}.`),
    );
  }
  const parsed = result.data;
  return {
    botToken: parsed.SLACK_BOT_TOKEN,
    oauth:
      parsed.SLACK_CLIENT_ID &&
      parsed.SLACK_CLIENT_SECRET &&
      parsed.SLACK_STATE_SECRET &&
      parsed.ENCRYPTION_KEY
        ? {
            clientId: parsed.SLACK_CLIENT_ID,
            clientSecret: parsed.SLACK_CLIENT_SECRET,
            stateSecret: parsed.SLACK_STATE_SECRET,
            encryptionKey: parsed.ENCRYPTION_KEY,
          }
        : undefined,
    signingSecret: parsed.SLACK_SIGNING_SECRET,
    appToken: parsed.SLACK_APP_TOKEN,
    port: parsed.PORT,
    slackApiUrl: parsed.SLACK_API_URL,
    logLevel: parsed.LOG_LEVEL,
    logFormat: parsed.LOG_FORMAT ?? (parsed.NODE_ENV === 'development' ? 'pretty' : 'json'),
    playbookFile: parsed.PLAYBOOK_FILE,
    databaseUrl: parsed.DATABASE_URL,
    reminderPollSeconds: parsed.REMINDER_POLL_SECONDS,
    reminderLeaseSeconds: parsed.REMINDER_LEASE_SECONDS,
    reminderTokenRetryMinutes: parsed.REMINDER_TOKEN_RETRY_MINUTES,
    databaseTimeoutSeconds: parsed.DATABASE_TIMEOUT_SECONDS,
    shutdownGraceSeconds: parsed.SHUTDOWN_GRACE_SECONDS,
    reminderDuplicateCheck: parsed.REMINDER_DUPLICATE_CHECK,
    supportUrl: parsed.SUPPORT_URL,
    privacyUrl: parsed.PRIVACY_URL,
  };
}

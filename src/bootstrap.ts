import type { Logger } from 'pino';
import { systemClock } from './clock.js';
import { type Config, ConfigError, loadConfig } from './config/env.js';
import { loadPlaybook, PlaybookFileError } from './config/playbook-file.js';
import { createLogger } from './logging/logger.js';
import { ReminderScheduler } from './reminders/scheduler.js';
import { SqlReminderStore } from './reminders/sql-reminder-store.js';
import { createSlackApp, type RunningBot, StartStepError, webClientOptions } from './slack/create-app.js';
import { slackErrorCode } from './slack/delivery/slack-error.js';
import { SlackReminderChannel } from './slack/reminders/slack-reminder-channel.js';
import { slackTokenRefresher } from './slack/token-refresher.js';
import { workspaceClients } from './slack/workspace-clients.js';
import { diskFootprint } from './startup/disk-footprint.js';
import { slackUnreachableReason } from './startup/slack-reachable.js';
import { migrate, type OpenDatabase, openDatabase, parseDatabaseUrl } from './storage/database.js';
import { DatabaseMonitor } from './storage/database-monitor.js';
import { SqlDmFileStore } from './storage/dm-file-store.js';
import { EventLog } from './storage/event-log.js';
import { SqlHomePictureStore } from './storage/home-picture-store.js';
import { SqlInstallationStore } from './storage/installation-store.js';
import { SqlAssessmentStore } from './storage/sql-assessment-store.js';
import { TokenCipher } from './storage/token-cipher.js';

/** A start-up problem the operator can fix; printed as one line per problem, with no stack trace. */
export class StartupError extends Error {}

export interface Bot {
  config: Config;
  logger: Logger;
  running: RunningBot;
}

/** Reads the configuration, builds every service and starts the bot. */
export async function startBot(env: Record<string, string | undefined>): Promise<Bot> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      const lines = error.problems.map((p) => `  ${p}`).join('\n');
      throw new StartupError(
        error.kind === 'placeholders'
          ? `.env still holds placeholders from .env.example. To run in Socket Mode, as the README's "Put it in a Slack workspace" steps go:\n${lines}\nPut the values in .env, then start again.`
          : `Configuration error:\n${lines}\nSee .env.example.`,
      );
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel, format: config.logFormat });
  let playbook: Awaited<ReturnType<typeof loadPlaybook>>;
  try {
    playbook = await loadPlaybook(config.playbookFile);
  } catch (error) {
    if (error instanceof PlaybookFileError) throw new StartupError(`PLAYBOOK_FILE: ${error.message}`);
    throw error;
  }

  // Before anything is opened or any Slack client starts: a Slack out of reach is said in one line, at once.
  const slackApiUrl = config.slackApiUrl ?? 'https://slack.com/api/';
  const unreachable = await slackUnreachableReason(slackApiUrl);
  if (unreachable) throw new StartupError(unreachableLine(slackApiUrl, unreachable));

  // A start that fails leaves nothing behind: no empty ./data/advisor.db to puzzle over.
  const footprint = diskFootprint(config.databaseUrl);
  const database = await openMigratedDatabase(config, logger).catch((error) => {
    footprint.removeCreated();
    throw error;
  });
  logger.info({ engine: database.engine, database: database.description }, 'database ready');
  // A distributed app's users need somewhere to ask for help; help, App Home and errors fall back to "ask a
  // workspace admin" without it, which is right for one workspace and thin for a Marketplace listing.
  if (config.oauth && !config.supportUrl) {
    logger.warn(
      'SUPPORT_URL is not set: help, App Home and error messages name no support contact, and App Home has no feedback button',
    );
  }

  const store = new SqlAssessmentStore(database.db);
  const reminders = new SqlReminderStore(database.db, database.engine, {
    onUnreadable: (problem) =>
      logger.error(problem, 'a reminder could not be read: skipped, and paused when due'),
  });
  const events = new EventLog(database.db);
  // For the clients that work outside anyone's request: reminders and token refresh.
  const clientOptions = webClientOptions(config, logger, 'background');
  const installations = config.oauth
    ? new SqlInstallationStore(database.db, new TokenCipher(config.oauth.encryptionKey), {
        engine: database.engine,
        refresh: slackTokenRefresher(config.oauth, clientOptions),
      })
    : undefined;
  try {
    await installations?.verifyKey();
  } catch {
    await database.close();
    footprint.removeCreated();
    throw new StartupError(
      'ENCRYPTION_KEY cannot decrypt the installations stored in the database: it is not the key they were saved with.',
    );
  }
  const monitor = new DatabaseMonitor(database, logger, {
    timeoutMs: config.databaseTimeoutSeconds * 1000 + 2_000,
  });
  const { app, start } = createSlackApp(
    config,
    {
      playbook,
      store,
      reminders,
      events,
      homePictures: new SqlHomePictureStore(database.db),
      dmFileStore: new SqlDmFileStore(database.db),
      installations,
      clock: systemClock,
      logger,
      support: { supportUrl: config.supportUrl, privacyUrl: config.privacyUrl },
    },
    { databaseProblem: () => monitor.problem(), shutdownGraceMs: config.shutdownGraceSeconds * 1000 },
  );
  let slack: RunningBot;
  try {
    slack = await start();
  } catch (error) {
    await database.close();
    footprint.removeCreated();
    throw new StartupError(startFailure(error, config));
  }
  // Reminders are delivered by every instance from the shared database; the first round runs now, so a
  // restart catches up at once.
  const scheduler = new ReminderScheduler({
    store: reminders,
    channel: new SlackReminderChannel(
      workspaceClients(app.client, installations, webClientOptions(config, logger, 'posting')),
      store,
      playbook,
      logger,
      config.reminderDuplicateCheck,
      reminders,
    ),
    clock: systemClock,
    logger,
    pollMs: config.reminderPollSeconds * 1000,
    leaseMs: config.reminderLeaseSeconds * 1000,
    tokenRetryMs: config.reminderTokenRetryMinutes * 60_000,
  });
  scheduler.start();
  monitor.start(DATABASE_CHECK_INTERVAL_MS);
  const graceMs = config.shutdownGraceSeconds * 1000;
  let stopping: Promise<void> | undefined;
  return {
    config,
    logger,
    running: {
      ...slack,
      // New work is refused first (readiness and new requests answer 503, the port stays open); then the
      // answers and reminder posts in flight finish, each side within the grace; then the port closes.
      stop() {
        stopping ??= (async () => {
          slack.drain();
          monitor.stop();
          await Promise.all([stopScheduler(scheduler, graceMs, logger), slack.stop()]);
          await database.close();
        })();
        return stopping;
      },
    },
  };
}

/** How often the database is checked in the background, so an outage is logged even with no probe. */
const DATABASE_CHECK_INTERVAL_MS = 5_000;

/** Stops the reminder rounds; a delivery still waiting on Slack after the grace is left to its lease. */
async function stopScheduler(scheduler: ReminderScheduler, graceMs: number, logger: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), graceMs);
  });
  const stopped = await Promise.race([scheduler.stop().then(() => true), late]).finally(() =>
    clearTimeout(timer),
  );
  if (!stopped) {
    logger.warn('stopped with a reminder delivery in flight; its lease lets another instance take it over');
  }
}

async function openMigratedDatabase(config: Config, logger: Logger): Promise<OpenDatabase> {
  const database = openDatabase(parseDatabaseUrl(config.databaseUrl), {
    onBackgroundFailure: (error) =>
      logger.error(
        { error: error.message },
        'the SQLite thread stopped: queries it had failed; the next query starts it again',
      ),
    timeoutMs: config.databaseTimeoutSeconds * 1000,
    onConnectionLost: (error) =>
      logger.warn(
        { error: (error as { code?: string }).code ?? error.message },
        'a PostgreSQL connection was lost; the pool opens a new one when needed',
      ),
    onRetry: (reason) => logger.warn({ reason }, 'retrying database work after a connection failure'),
  });
  try {
    await migrate(database.db);
    return database;
  } catch (error) {
    await database.close().catch(() => {});
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new StartupError(`DATABASE_URL: could not open ${database.description} (${reason}).`);
  }
}

const REJECTED_TOKEN = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
]);

/** One line that names what to fix. */
function startFailure(error: unknown, config: Config): string {
  const step = error instanceof StartStepError ? error.step : undefined;
  const cause = error instanceof StartStepError ? error.cause : error;
  const code = slackErrorCode(cause);
  if (step === 'verify the bot token' && code && REJECTED_TOKEN.has(code)) {
    return `SLACK_BOT_TOKEN was rejected by Slack (${code}). Copy the current bot token into .env.`;
  }
  if (step === 'connect in Socket Mode' && code && REJECTED_TOKEN.has(code)) {
    return `SLACK_APP_TOKEN was rejected by Slack (${code}). Use an app-level token with connections:write, or leave it empty for HTTP.`;
  }
  if ((cause as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    return `PORT ${config.port} is already in use. Stop the other process or set PORT.`;
  }
  const unreachable = slackUnreachable(cause);
  if (unreachable) return unreachableLine(config.slackApiUrl ?? 'https://slack.com/api/', unreachable, step);
  const reason = code ?? (cause instanceof Error ? cause.message : String(cause));
  return `Could not start${step ? ` (${step})` : ''}: ${reason}`;
}

function unreachableLine(url: string, reason: string, step?: string): string {
  return `Could not reach Slack at ${url}${step ? ` to ${step}` : ''} (${reason}). Check the network, or SLACK_API_URL if the bot should reach Slack's API at another address.`;
}

/**
 * Why a Slack call never got an answer (`ECONNREFUSED`, `ENOTFOUND`, a timeout), or undefined when Slack did
 * answer: a network problem, not a token Slack refused, and the message must not blame the token.
 */
function slackUnreachable(error: unknown): string | undefined {
  const failure = error as {
    code?: unknown;
    original?: { code?: unknown; message?: unknown; cause?: { code?: unknown } };
  };
  if (failure?.code !== 'slack_webapi_request_error') return undefined;
  const original = failure.original;
  const reason = original?.code ?? original?.cause?.code ?? original?.message;
  return typeof reason === 'string' && reason !== '' ? reason : 'no response';
}
